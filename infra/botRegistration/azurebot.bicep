// The Azure Bot resource: its identity is the user-assigned managed identity of the App Service, and it talks to
// Teams through the Teams channel.
@maxLength(20)
@minLength(4)
param resourceBaseName string
param botDisplayName string
param botServiceSku string = 'F0'
param identityClientId string
param identityResourceId string
param identityTenantId string
param botAppDomain string

resource botService 'Microsoft.BotService/botServices@2023-09-15-preview' = {
  kind: 'azurebot'
  location: 'global'
  name: resourceBaseName
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
  }
  sku: {
    name: botServiceSku
  }
}

resource botServiceMsTeamsChannel 'Microsoft.BotService/botServices/channels@2023-09-15-preview' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}
