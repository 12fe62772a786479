using System.Text.Json.Nodes;
using CreditBot.Answers;
using CreditBot.Bot;
using CreditBot.Domain.Clients;

namespace CreditBot.Tests.Answers;

public class ClientChoiceCardTests
{
    [Fact]
    public void Each_candidate_is_an_Execute_button_whose_data_holds_only_the_code_and_the_question()
    {
        var card = ClientChoiceCard.Render("acme", "exposure", AnswerSamples.AcmeLookalikes, TurnCulture.English).ToNode();

        var buttons = CardData.OfType(card, "Action.Execute");
        Assert.Equal(["C0042", "C0107", "C0311"], buttons.Select(button => (string)button["data"]!["clientCode"]!));
        foreach (var button in buttons)
        {
            Assert.Equal(ClientChoiceCard.Verb, (string?)button["verb"]);
            Assert.Equal(["clientCode", "question"], button["data"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal("exposure", (string?)button["data"]!["question"]);
            var fallback = button["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal(
                new JsonObject { ["verb"] = "client.pick", ["clientCode"] = button["data"]!["clientCode"]!.GetValue<string>(), ["question"] = "exposure" }.ToJsonString(),
                fallback["data"]!.ToJsonString());
        }

        Assert.Equal("ACME Industries (C0042)", (string?)buttons[0]["title"]);
    }

    [Fact]
    public void More_candidates_than_buttons_are_counted_and_left_to_the_client_code()
    {
        var many = Enumerable.Range(1, 8).Select(i => new Client { Code = new ClientCode($"C{i:000}"), Name = $"ACME {i}" }).ToList();

        var data = ClientChoiceCard.Data("acme", "invoice", many, TurnCulture.French);

        Assert.Equal(ClientChoiceCard.MaxChoices, data["choices"]!.AsArray().Count);
        Assert.True((bool)data["hasMore"]!);
        Assert.Equal("et 3 autres : tapez le code client", FiguresTests.Spaced((string)data["more"]!));
    }

    [Fact]
    public void Not_found_offers_close_names_with_the_same_verb_or_a_hint_when_none()
    {
        var suggestions = ClientNotFoundCard.Render("acmz", "exposure", AnswerSamples.AcmeLookalikes.Take(2).ToList(), TurnCulture.English).ToNode();
        var nothing = ClientNotFoundCard.Render("zzz", "exposure", [], TurnCulture.English).ToNode();

        Assert.Contains("No client named “acmz”", CardData.Strings(suggestions));
        Assert.Contains("Did you mean:", CardData.Strings(suggestions));
        Assert.All(CardData.OfType(suggestions, "Action.Execute"), button => Assert.Equal("client.pick", (string?)button["verb"]));
        Assert.Equal(2, CardData.OfType(suggestions, "Action.Execute").Count);
        Assert.Empty(CardData.OfType(nothing, "Action.Execute"));
        Assert.Contains("Check the spelling, or type the client code.", CardData.Strings(nothing));
    }
}
