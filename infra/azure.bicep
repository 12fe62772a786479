// CreditBot in Azure: a user-assigned managed identity (the bot's identity for the Bot Connector and Microsoft Graph,
// so no secret exists in Azure), a Linux App Service (HTTPS only) whose /home keeps the LiteDB store across restarts
// and deployments, and the Azure Bot with its Teams channel. Deployed by `atk provision` (m365agents.yml).
@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU. One instance only: the LiteDB store is a single file.')
param webAppSku string = 'B1'

@maxLength(42)
param botDisplayName string = 'CreditBot'

@description('The Teams app id (TEAMS_APP_ID), for `creditbot manifest pack` on the server.')
param teamsAppId string

@description('The app id in the tenant app catalog, to install the app for people (optional until published).')
param teamsAppCatalogId string = ''

param location string = resourceGroup().location

var serverfarmsName = resourceBaseName
var webAppName = resourceBaseName
var identityName = resourceBaseName

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: identityName
}

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health'
      appSettings: [
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
        { name: 'BotFramework__AppId', value: identity.properties.clientId }
        { name: 'BotFramework__TenantId', value: identity.properties.tenantId }
        { name: 'BotFramework__ManagedIdentityClientId', value: identity.properties.clientId }
        { name: 'Graph__Enabled', value: 'true' }
        { name: 'Graph__ManagedIdentityClientId', value: identity.properties.clientId }
        { name: 'Graph__TeamsAppCatalogId', value: teamsAppCatalogId }
        { name: 'Storage__DatabasePath', value: '/home/data/creditbot.db' }
        { name: 'Storage__SeedDemoData', value: 'false' }
        { name: 'TeamsApp__Id', value: teamsAppId }
        { name: 'TeamsApp__Domain', value: '${webAppName}.azurewebsites.net' }
      ]
    }
  }
}

module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// The toolkit writes these to env/.env.<env> (upper case) for the steps that follow.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
