using System.Text.Json.Nodes;
using CreditBot.Questions;
using CreditBot.Tests.Support;
using CsCheck;
using static CreditBot.Questions.Question;

namespace CreditBot.Tests.Questions;

public class QuestionParserTests
{
    private static readonly string[] Fragments =
    [
        "encours", "exposure", "facture", "invoice", "F-2024-0042", "DSO", "BU", "pays", "country", "bloqué", "blocked",
        "commandes", "orders", "mes clients", "en retard", "overdue", "vendre", "sell", "50 k€", "1,5 M€", "€50,000",
        "12 345,67", "10 %", "0,1", "marge", "margin", "impayé", "unpaid", "60 jours", "45 jours fin de mois", "net 30",
        "à réception", "fin de mois +", "ACME", "Dupont et Fils", "<at>", "</at>", "<at>CreditBot</at>", "&amp;", "&",
        "?", "!", "'", "’", "-", ",", ".", "/", "#", "%", "€", "$", "n°", "\ud800", "\udc00", "😀", "ﬁ", "œ", "ß", "İ",
        "\u0301", "\u00a0", "\u202f", "\t", "\n", "   ", "999999999999999999999999999999", "0", "0,0", "1.2.3,4,5",
        "k", "M", "Md", "aide", "help", "svp", "please", "de", "la", "the", "of", "à", "a",
    ];

    [Fact]
    public void Any_string_parses_to_some_question_without_throwing()
    {
        Gen.String.Sample(text =>
        {
            var question = QuestionParser.Parse(text);

            Assert.NotNull(question);
        }, iter: 5_000);
    }

    [Fact]
    public void Any_mix_of_known_words_figures_and_odd_characters_parses_to_a_consistent_question()
    {
        var messages = Gen.OneOf(Fragments).Array[0, 12]
            .Select(Gen.OneOf(" ", "", "  ").Array[12], (parts, glue) => string.Concat(parts.Select((p, i) => p + glue[i])));

        messages.Sample(text =>
        {
            var question = QuestionParser.Parse(text);

            Assert.True(IsConsistent(question), $"{question} from \"{text}\"");
        }, iter: 20_000);
    }

    [Fact]
    public void A_missing_text_is_not_understood()
    {
        var missing = QuestionParser.Parse(null);

        var blank = QuestionParser.Parse("  \t ");

        Assert.Equal(new NotUnderstood(string.Empty), missing);
        Assert.Equal(new NotUnderstood(string.Empty), blank);
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_not_understood_and_kept_whole()
    {
        var text = "encours " + new string('x', QuestionParser.MaxLength);

        var question = QuestionParser.Parse(text);

        Assert.Equal(new NotUnderstood(text), question);
    }

    [Fact]
    public void A_text_in_no_known_language_has_no_language()
    {
        var question = QuestionParser.Parse("situation ACME");

        Assert.Equal(new AskExposure("ACME"), question);
        Assert.Null(question.Language);
    }

    [Fact]
    public void Markup_and_entities_around_the_mention_are_ignored()
    {
        var question = QuestionParser.Parse("<p><at id=\"0\">CreditBot</at>&nbsp;encours <b>Procter &amp; Gamble</b></p>");

        Assert.Equal(new AskExposure("Procter & Gamble") { Language = "fr" }, question);
    }

    [Theory]
    [MemberData(nameof(CommandWordList))]
    public void Every_command_word_followed_by_an_example_is_understood(string command)
    {
        var example = command.Contains("facture", StringComparison.Ordinal) || command == "invoice" ? " F-2024-0042"
            : command.Contains("vendre", StringComparison.Ordinal) || command.Contains("sell", StringComparison.Ordinal) ? " 50 k€ à ACME"
            : command.Contains("impay", StringComparison.Ordinal) || command.Contains("unpaid", StringComparison.Ordinal) ? " 10 000 € 10 %"
            : " ACME";

        var question = QuestionParser.Parse(command + example);

        Assert.IsNotType<NotUnderstood>(question);
    }

    [Fact]
    public void Every_command_in_the_teams_manifest_is_a_question_the_parser_understands()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "manifest", "manifest.json")))!;
        var french = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "manifest", "fr.json")))!.AsObject();

        // Teams sends a command's title as the message when it is picked: each title is a whole question.
        var titles = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(c => (string)c!["title"]!)
            .Concat(french.Where(p => p.Key.EndsWith(".title", StringComparison.Ordinal)).Select(p => (string)p.Value!));

        Assert.All(titles, title => Assert.IsNotType<NotUnderstood>(QuestionParser.Parse(title)));
    }

    public static TheoryData<string> CommandWordList => [.. QuestionParser.CommandWords];

    private static bool IsConsistent(Question question) => question switch
    {
        AskExposure q => IsQuery(q.ClientQuery),
        AskBlocked q => IsQuery(q.ClientQuery),
        AskPaymentBehaviour q => IsQuery(q.ClientQuery),
        AskInvoiceStatus q => IsQuery(q.InvoiceNumber) && q.InvoiceNumber.Any(char.IsDigit),
        AskPreSale q => IsQuery(q.ClientQuery) && q.Amount > 0m && (q.Terms is null || q.Terms.Days is >= 0 and <= 999),
        AskCostOfUnpaid q => q.Amount > 0m && q.MarginRate is > 0m and <= 1m,
        AskDso q => q.ScopeValue is null || IsQuery(q.ScopeValue),
        AskHelp q => q.Language is "fr" or "en",
        _ => question.Language is null or "fr" or "en",
    };

    private static bool IsQuery(string text) => text.Length > 0 && text == text.Trim();
}
