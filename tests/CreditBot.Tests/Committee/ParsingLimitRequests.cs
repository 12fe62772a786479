using CreditBot.Questions;
using static CreditBot.Questions.Question;

namespace CreditBot.Tests.Committee;

/// <summary>Limit requests, "my requests" and "committee" in French and English.</summary>
public class ParsingLimitRequests
{
    [Theory]
    [InlineData("demande de limite ACME 80 000 €", "ACME", 80_000, "fr")]
    [InlineData("Demande de limite pour Dupont et Fils de 120 000 euros", "Dupont et Fils", 120_000, "fr")]
    [InlineData("je voudrais demander une limite de crédit de 50k pour Martin SA", "Martin SA", 50_000, "fr")]
    [InlineData("request a limit of 80k for ACME", "ACME", 80_000, "en")]
    [InlineData("Request a credit limit of €1.5m for Leroy Merlin please", "Leroy Merlin", 1_500_000, "en")]
    [InlineData("limit request ACME 80,000", "ACME", 80_000, "en")]
    public void A_limit_request_names_the_client_and_the_amount(string text, string client, decimal amount, string language)
    {
        var question = QuestionParser.Parse(text);

        Assert.Equal(new AskLimitRequest(client, amount) { Language = language }, question);
    }

    [Theory]
    [InlineData("demande de limite ACME", "fr")]
    [InlineData("request a limit for ACME", "en")]
    public void Without_an_amount_the_form_asks_for_it(string text, string language)
    {
        Assert.Equal(new AskLimitRequest("ACME", null) { Language = language }, QuestionParser.Parse(text));
    }

    [Theory]
    [InlineData("mes demandes", "fr")]
    [InlineData("Mes demandes de limite ?", "fr")]
    [InlineData("my requests", "en")]
    public void My_requests_lists_the_askers_requests(string text, string language)
    {
        Assert.Equal(new AskMyRequests { Language = language }, QuestionParser.Parse(text));
    }

    [Theory]
    [InlineData("comité", "fr")]
    [InlineData("comité de crédit", "fr")]
    [InlineData("committee", "en")]
    public void Committee_lists_the_open_requests(string text, string language)
    {
        Assert.Equal(new AskCommittee { Language = language }, QuestionParser.Parse(text));
    }

    [Theory]
    [InlineData("limite de crédit de ACME")]
    [InlineData("credit limit ACME")]
    public void Asking_about_a_limit_is_still_an_exposure_question(string text)
    {
        Assert.IsType<AskExposure>(QuestionParser.Parse(text));
    }
}
