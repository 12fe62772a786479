using CreditBot.Hosting;

// One executable: no verb serves the bot (ASP.NET Core's own arguments such as --urls keep
// working); verbs such as `import`, `ask` or `demo` run one job against the same store.
return await CreditBotCommandLine.RunAsync(args);

/// <summary>Entry point marker for WebApplicationFactory in the tests.</summary>
public partial class Program;
