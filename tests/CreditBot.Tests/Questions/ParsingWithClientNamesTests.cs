using CreditBot.Domain.Clients;
using CreditBot.Questions;
using static CreditBot.Questions.Question;

namespace CreditBot.Tests.Questions;

/// <summary>
/// Issue 16, item 5: a word of a client's name is never thrown away as filler nor read as a command word when the
/// parser knows the names ("Petit" is a surname, "Grand Est" a region, "Renard" not "retard"), and a client's code
/// is not an invoice number.
/// </summary>
public class ParsingWithClientNamesTests
{
    private static readonly ClientMatcher Names = new(
    [
        Client("C00001", "ACME Industrie SAS"),
        Client("C00006", "Petit Électronique SARL"),
        Client("C00010", "Le Bon Coin"),
        Client("C00011", "Grand Est Logistique"),
        Client("C00012", "Renard Transports"),
        Client("CL12345", "Lambert Froid SAS"),
        Client("C00013", "Info Conseil"),
        Client("C00014", "Position Transports SA"),
    ]);

    private static readonly Dictionary<string, Question> Expected = new(StringComparer.Ordinal)
    {
        { "encours Petit", Fr(new AskExposure("Petit")) },
        { "encours petit stp", Fr(new AskExposure("petit")) },
        { "petit bloqué ?", Fr(new AskBlocked("petit")) },
        { "comportement de paiement de Petit", Fr(new AskPaymentBehaviour("Petit")) },
        { "encours petit electronique", Fr(new AskExposure("petit electronique")) },
        { "un petit point sur ACME stp", Fr(new AskExposure("ACME")) },
        { "encours Grand Est", Fr(new AskExposure("Grand Est")) },
        { "grand est bloque ?", Fr(new AskBlocked("grand est")) },
        { "encours le bon coin", Fr(new AskExposure("bon coin")) },
        { "encours renard", Fr(new AskExposure("renard")) },
        { "how does petit pay?", En(new AskPaymentBehaviour("petit")) },
        { "exposure of grand est pls", En(new AskExposure("grand est")) },
        { "encours CL12345", Fr(new AskExposure("CL12345")) },
        { "ou en est CL12345", Fr(new AskExposure("CL12345")) },
        { "ou en est FA000032", Fr(new AskInvoiceStatus("FA000032")) },
        { "bonjour ça va", Fr(new NotUnderstood("bonjour ça va")) },
        { "encours info conseil", Fr(new AskExposure("info conseil")) },
        { "Position Transports bloqué ?", Fr(new AskBlocked("Position Transports")) },
        { "is position transports blocked?", En(new AskBlocked("position transports")) },
        { "info acme", new AskExposure("acme") },
        { "situation de Petit", Fr(new AskExposure("Petit")) },
        { "FA000032 de acme payée", Fr(new AskInvoiceStatus("FA000032")) },
        { "la FA000032 d'acme est payée ?", Fr(new AskInvoiceStatus("FA000032")) },
        { "FA000032 acme", new AskInvoiceStatus("FA000032") },
        { "is FA000032 from acme paid", En(new AskInvoiceStatus("FA000032")) },
        { "INV-20431 petit electronique", Fr(new AskInvoiceStatus("INV-20431")) },
        { "FA000032 de dupuis", Fr(new NotUnderstood("FA000032 de dupuis")) },
        { "factures petit electronique", Fr(new AskOpenInvoices("petit electronique")) },
        { "open invoices of grand est", En(new AskOpenInvoices("grand est")) },
        { "factures ouvertes de Position Transports", Fr(new AskOpenInvoices("Position Transports")) },
    };

    public static TheoryData<string> Phrasings => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Each_phrasing_gives_exactly_the_expected_question_when_the_names_are_known(string text)
    {
        var question = QuestionParser.Parse(text, Names);

        Assert.Equal(Expected[text], question);
    }

    [Theory]
    [InlineData("ACME", "ACME")]
    [InlineData("petit", "petit")]
    [InlineData("C00042", "C00042")]
    [InlineData("Durand Logistique", "Durand Logistique")]
    [InlineData("bonjour ça va", null)]
    [InlineData("what's new today", null)]
    [InlineData("who is late this week?", null)]
    [InlineData("quelle météo demain ?", null)]
    [InlineData("encours ACME", null)]
    public void Only_a_message_made_of_a_name_or_code_is_a_bare_name(string text, string? expected)
    {
        var name = QuestionParser.BareName(text, Names);

        Assert.Equal(expected, name);
    }

    private static Client Client(string code, string name) => new() { Code = new ClientCode(code), Name = name };

    private static Question Fr(Question question) => question with { Language = "fr" };

    private static Question En(Question question) => question with { Language = "en" };
}
