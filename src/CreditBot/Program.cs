using System.CommandLine;
using CreditBot.Hosting;

// One executable: no verb serves the bot (ASP.NET Core's own arguments such as --urls keep
// working); verbs such as `import`, `ask` or `demo` run one job against the same store.
// A failed start (a bad setting) propagates, so its message naming the key reaches the console.
return await CreditBotCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

/// <summary>Entry point marker for WebApplicationFactory in the tests.</summary>
public partial class Program;
