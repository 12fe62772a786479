using CreditBot.Domain.Clients;
using CreditBot.Questions;
using static CreditBot.Questions.Question;

namespace CreditBot.Tests.Questions;

public class ParsingFrenchQuestions
{
    private static readonly Dictionary<string, Question> Expected = new(StringComparer.Ordinal)
    {
        // Exposure
        { "encours ACME", Fr(new AskExposure("ACME")) },
        { "encours acme ?", Fr(new AskExposure("acme")) },
        { "ACME encours ?", Fr(new AskExposure("ACME")) },
        { "Encours de la société ACME", Fr(new AskExposure("ACME")) },
        { "quel est l'encours d'ACME ?", Fr(new AskExposure("ACME")) },
        { "Quel est l’encours de ACME Industrie SAS svp", Fr(new AskExposure("ACME Industrie SAS")) },
        { "encour ACME", Fr(new AskExposure("ACME")) },
        { "ENCOUR ACME", Fr(new AskExposure("ACME")) },
        { "encours Renard", Fr(new AskExposure("Renard")) },
        { "encours Martin SA", Fr(new AskExposure("Martin SA")) },
        { "ENCOURS DUPONT", Fr(new AskExposure("DUPONT")) },
        { "où en est ACME ?", Fr(new AskExposure("ACME")) },
        { "ou en est Dupont et Fils", Fr(new AskExposure("Dupont et Fils")) },
        { "fais le point sur ACME", Fr(new AskExposure("ACME")) },
        { "situation de Dupont", Fr(new AskExposure("Dupont")) },
        { "Bonjour, pouvez-vous me donner la situation du client C00042 ?", Fr(new AskExposure("C00042")) },
        { "encours chez Leroy Merlin", Fr(new AskExposure("Leroy Merlin")) },
        { "exposition ACME", Fr(new AskExposure("ACME")) },
        { "statut client ACME", Fr(new AskExposure("ACME")) },
        { "Etat du compte Dupont", Fr(new AskExposure("Dupont")) },
        { "qu'en est-il d'ACME ?", Fr(new AskExposure("ACME")) },
        { "Point sur Martin & Fils", Fr(new AskExposure("Martin & Fils")) },
        { "limite de crédit de ACME", Fr(new AskExposure("ACME")) },
        { "encours C00042", Fr(new AskExposure("C00042")) },
        { "encours 552 100 554", Fr(new AskExposure("552 100 554")) },
        { "encours de Saint-Gobain svp", Fr(new AskExposure("Saint-Gobain")) },
        { "merci de me donner l'encours ACME", Fr(new AskExposure("ACME")) },
        { "<at>CreditBot</at> encours ACME", Fr(new AskExposure("ACME")) },
        { "Bonjour CreditBot, pourrais-tu me donner l'encours de Durand Logistique s'il te plaît ? Merci", Fr(new AskExposure("Durand Logistique")) },
        { "encours   Électricité   Rhône-Alpes !!", Fr(new AskExposure("Électricité Rhône-Alpes")) },
        { "puis-je vendre à ACME ?", Fr(new AskExposure("ACME")) },
        { "ACME dépasse-t-il sa limite ?", Fr(new AskExposure("ACME")) },
        { "encours de La Poste", Fr(new AskExposure("La Poste")) },
        { "encours L'Oréal", Fr(new AskExposure("L'Oréal")) },
        { "combien ACME nous doit-il ?", Fr(new AskExposure("ACME")) },

        // Blocked client
        { "Dupont est-il bloqué ?", Fr(new AskBlocked("Dupont")) },
        { "est-ce que Dupont est bloque", Fr(new AskBlocked("Dupont")) },
        { "ACME bloqué ?", Fr(new AskBlocked("ACME")) },
        { "blocage ACME", Fr(new AskBlocked("ACME")) },
        { "le client Durand est il bloqué", Fr(new AskBlocked("Durand")) },
        { "Dupont est il bloque", Fr(new AskBlocked("Dupont")) },
        { "commandes bloquées de ACME", Fr(new AskBlocked("ACME")) },
        { "peux-tu me dire si ACME est bloqué", Fr(new AskBlocked("ACME")) },

        // Invoice
        { "statut facture F-2024-0042", Fr(new AskInvoiceStatus("F-2024-0042")) },
        { "augmenter le plafond de acme à 100000", Fr(new AskLimitRequest("acme", 100_000m)) },
        { "relever la limite de Dupont à 120 k€", Fr(new AskLimitRequest("Dupont", 120_000m)) },
        { "litiges de ACME", Fr(new AskOpenInvoices("ACME")) },
        { "promesses de paiement Dupont", Fr(new AskOpenInvoices("Dupont")) },
        { "litiges en cours", Fr(new AskDisputesWithoutClient()) },
        { "merci", Fr(new SayWelcome()) },
        { "merci beaucoup !", Fr(new SayWelcome()) },
        { "ok merci", Fr(new SayWelcome()) },
        { "commande CMD-000179", Fr(new AskOrderStatus("CMD-000179")) },
        { "où en est ma commande CMD-000179 ?", Fr(new AskOrderStatus("CMD-000179")) },
        { "la commande CMD-000179 est-elle bloquée ?", Fr(new AskOrderStatus("CMD-000179")) },
        { "cde CMD-2026-0456 débloquée ?", Fr(new AskOrderStatus("CMD-2026-0456")) },
        { "facture F-2024-0042 ?", Fr(new AskInvoiceStatus("F-2024-0042")) },
        { "où en est la facture n° F-2024-0042 ?", Fr(new AskInvoiceStatus("F-2024-0042")) },
        { "Statut de la facture f-2024-0042 svp", Fr(new AskInvoiceStatus("f-2024-0042")) },
        { "la facture F-2024-0042 est-elle payée ?", Fr(new AskInvoiceStatus("F-2024-0042")) },
        { "factur F-2024-0042", Fr(new AskInvoiceStatus("F-2024-0042")) },
        { "où en est F-2024-0042 ?", Fr(new AskInvoiceStatus("F-2024-0042")) },

        // My overdue clients
        { "mes clients en retard", Fr(new AskMyOverdueClients()) },
        { "Quels sont mes clients en retard ?", Fr(new AskMyOverdueClients()) },
        { "mes retards", Fr(new AskMyOverdueClients()) },
        { "mes impayés", Fr(new AskMyOverdueClients()) },
        { "clients à relancer", Fr(new AskMyOverdueClients()) },
        { "liste des factures échues", Fr(new AskMyOverdueClients()) },
        { "MES CLIENTS EN RETARD SVP", Fr(new AskMyOverdueClients()) },

        // Over limit
        { "mes clients en dépassement", Fr(new AskMyClientsOverLimit()) },
        { "quels clients dépassent leur limite ?", Fr(new AskMyClientsOverLimit()) },
        { "clients au-dessus de leur encours autorisé", Fr(new AskMyClientsOverLimit()) },
        { "dépassements d'encours", Fr(new AskMyClientsOverLimit()) },

        // Blocked orders
        { "commandes bloquées", Fr(new AskBlockedOrders()) },
        { "quelles commandes sont bloquées ?", Fr(new AskBlockedOrders()) },
        { "commandes en attente de validation", Fr(new AskBlockedOrders()) },
        { "liste des commandes à valider", Fr(new AskBlockedOrders()) },
        { "les blocages en cours", Fr(new AskBlockedOrders()) },
        { "Commandes bloquees", Fr(new AskBlockedOrders()) },

        // Payment behaviour
        { "comportement de paiement de ACME", Fr(new AskPaymentBehaviour("ACME")) },
        { "ACME paie-t-il à l'heure ?", Fr(new AskPaymentBehaviour("ACME")) },
        { "retards de Dupont", Fr(new AskPaymentBehaviour("Dupont")) },
        { "comment paie Dupont ?", Fr(new AskPaymentBehaviour("Dupont")) },
        { "Dupont est-il bon payeur ?", Fr(new AskPaymentBehaviour("Dupont")) },
        { "historique de paiement d'ACME", Fr(new AskPaymentBehaviour("ACME")) },
        { "comportment de paiement ACME", Fr(new AskPaymentBehaviour("ACME")) },
        { "échéances dépassées chez Durand BTP ?", Fr(new AskPaymentBehaviour("Durand BTP")) },
        { "est-ce que ACME paie ses factures à temps ?", Fr(new AskPaymentBehaviour("ACME")) },
        { "echeances depassees de Durand BTP", Fr(new AskPaymentBehaviour("Durand BTP")) },
        { "retards de paiement de Dupont", Fr(new AskPaymentBehaviour("Dupont")) },

        // A client's open invoices: "impayées" and "échues" with "factures" ask for the items, not how the client pays
        { "factures dupont", Fr(new AskOpenInvoices("dupont")) },
        { "factures ouvertes de dupont", Fr(new AskOpenInvoices("dupont")) },
        { "factures impayées de dupont", Fr(new AskOpenInvoices("dupont")) },
        { "factures échues de Dupont et Fils", Fr(new AskOpenInvoices("Dupont et Fils")) },
        { "factures en retard d'ACME", Fr(new AskOpenInvoices("ACME")) },
        { "détail des factures échues de dupont", Fr(new AskOpenInvoices("dupont")) },
        { "détail des factures de dupont", Fr(new AskOpenInvoices("dupont")) },
        { "liste des factures ouvertes de ACME svp", Fr(new AskOpenInvoices("ACME")) },
        { "factres impayees dupont", Fr(new AskOpenInvoices("dupont")) },
        { "ACME factures", Fr(new AskOpenInvoices("ACME")) },
        { "factures ouvertes", Fr(new NotUnderstood("factures ouvertes")) },
        { "factures impayées", Fr(new AskMyOverdueClients()) },
        { "ACME paie-t-il ses factures ?", Fr(new AskPaymentBehaviour("ACME")) },
        { "factures bloquées de ACME", Fr(new AskBlocked("ACME")) },

        // DSO
        { "DSO de mon portefeuille", Fr(new AskDso(DsoScope.Portfolio, null)) },
        { "DSO BU Industrie", new AskDso(DsoScope.BusinessUnit, "Industrie") },
        { "DSO France", new AskDso(DsoScope.Country, "FR") },
        { "quel est le DSO de la société ?", Fr(new AskDso(DsoScope.Company, null)) },
        { "DSO de la BU Industrie", Fr(new AskDso(DsoScope.BusinessUnit, "Industrie")) },
        { "DSO par pays", Fr(new AskDso(DsoScope.Country, null)) },
        { "délai moyen de paiement de mes clients", Fr(new AskDso(DsoScope.Portfolio, null)) },
        { "dso allemagne", Fr(new AskDso(DsoScope.Country, "DE")) },
        { "DSO de l'agence Lyon Nord", Fr(new AskDso(DsoScope.BusinessUnit, "Lyon Nord")) },
        { "DSO pays BE", new AskDso(DsoScope.Country, "BE") },
        { "DSO d'ACME", Fr(new AskDso(DsoScope.Client, "ACME")) },
        { "DSO de mon équipe", Fr(new AskDso(DsoScope.Portfolio, null)) },
        { "delai moyen de paiement de mon portefeuille", Fr(new AskDso(DsoScope.Portfolio, null)) },
        { "DSO de mon portefeuille ce mois-ci", Fr(new AskDso(DsoScope.Portfolio, null)) },

        // Cost of an unpaid invoice
        { "combien de ventes pour compenser un impayé de 10 000 € à 10 % de marge", Fr(new AskCostOfUnpaid(10_000m, 0.10m)) },
        { "coût d'un impayé de 5 k€ avec une marge de 8 %", Fr(new AskCostOfUnpaid(5_000m, 0.08m)) },
        { "impayé de 1,5 M€, marge 12,5 %", Fr(new AskCostOfUnpaid(1_500_000m, 0.125m)) },
        { "perte de 20000 euros à 0,1 de marge", Fr(new AskCostOfUnpaid(20_000m, 0.1m)) },
        { "cout d'un impaye de 10 000 euros a 10 % de marge", Fr(new AskCostOfUnpaid(10_000m, 0.10m)) },

        // Limit requests and the committee
        { "demande de limite ACME 80 000 €", Fr(new AskLimitRequest("ACME", 80_000m)) },
        { "mes demandes", Fr(new AskMyRequests()) },
        { "comité", Fr(new AskCommittee()) },

        // Pre-sale check
        { "puis-je vendre 50 k€ à ACME à 60 jours ?", Fr(new AskPreSale("ACME", 50_000m, new PaymentTerms(60))) },
        { "puis-je vendre 50 k€ à ACME à 400 jours", Fr(new AskPreSale("ACME", 50_000m, new PaymentTerms(400))) },
        { "puis-je vendre 50 k€ à ACME à 120 jours fin de mois", Fr(new AskPreSale("ACME", 50_000m, new PaymentTerms(120, PaymentTermsBasis.DaysThenEndOfMonth))) },
        { "Puis-je vendre 50 000 € à Dupont et Fils à 45 jours fin de mois ?", Fr(new AskPreSale("Dupont et Fils", 50_000m, new PaymentTerms(45, PaymentTermsBasis.DaysThenEndOfMonth))) },
        { "vente de 12 345,67 € à ACME", Fr(new AskPreSale("ACME", 12_345.67m, null)) },
        { "je peux vendre pour 20k à Durand BTP paiement à réception ?", Fr(new AskPreSale("Durand BTP", 20_000m, new PaymentTerms(0))) },
        { "ACME peut-il acheter 1,5 M€ ?", Fr(new AskPreSale("ACME", 1_500_000m, null)) },
        { "une commande de 30 000 € pour ACME, ça passe ?", Fr(new AskPreSale("ACME", 30_000m, null)) },
        { "vendre 10k à ACME net 30", Fr(new AskPreSale("ACME", 10_000m, new PaymentTerms(30))) },
        { "Puis-je livrer ACME pour 8 000 € en paiement d'avance ?", Fr(new AskPreSale("ACME", 8_000m, new PaymentTerms(0, PaymentTermsBasis.Prepayment))) },
        { "puis je vendre 50K€ a acme a 60j", Fr(new AskPreSale("acme", 50_000m, new PaymentTerms(60))) },
        { "vendre 100 000 € à ACME à fin de mois + 30", Fr(new AskPreSale("ACME", 100_000m, new PaymentTerms(30, PaymentTermsBasis.EndOfMonthThenDays))) },
        { "ACME veut commander pour 80 000 € à 60 jours, ok ?", Fr(new AskPreSale("ACME", 80_000m, new PaymentTerms(60))) },
        { "puis-je vendre 50k à ACME à 45 jours fin de mois le 10", Fr(new AskPreSale("ACME", 50_000m, new PaymentTerms(45, PaymentTermsBasis.DaysThenEndOfMonth))) },

        // Help
        { "aide", new AskHelp("fr") },
        { "Aide !", new AskHelp("fr") },
        { "que sais-tu faire ?", new AskHelp("fr") },
        { "bonjour", new AskHelp("fr") },
        { "<at>CreditBot</at> aide", new AskHelp("fr") },
        { "aide sur l'encours", new AskHelp("fr") },

        // Not understood
        { "quelle météo demain ?", Fr(new NotUnderstood("quelle météo demain ?")) },
        { "encours", Fr(new NotUnderstood("encours")) },
        { "impayé de 10 000 €", Fr(new NotUnderstood("impayé de 10 000 €")) },

        // Typed as in chat (issue 16): short, no accents, abbreviations, imperatives, invoice numbers alone.
        { "encours acme stp", Fr(new AskExposure("acme")) },
        { "encours acme svp merci", Fr(new AskExposure("acme")) },
        { "expo acme stp", Fr(new AskExposure("acme")) },
        { "cb doit acme", Fr(new AskExposure("acme")) },
        { "cb nous doit dupont ?", Fr(new AskExposure("dupont")) },
        { "donne moi l encours de acme", Fr(new AskExposure("acme")) },
        { "donne-moi l'encours de ACME", Fr(new AskExposure("ACME")) },
        { "montre moi acme stp", Fr(new AskExposure("acme")) },
        { "affiche acme", Fr(new AskExposure("acme")) },
        { "sors moi la fiche de durand logistique", Fr(new AskExposure("durand logistique")) },
        { "check acme stp", Fr(new AskExposure("acme")) },
        { "quid de dupont ?", Fr(new AskExposure("dupont")) },
        { "et pour acme ?", Fr(new AskExposure("acme")) },
        { "comment va acme ?", Fr(new AskExposure("acme")) },
        { "ou en est acme", Fr(new AskExposure("acme")) },
        { "situation acme merci", Fr(new AskExposure("acme")) },
        { "limite acme ?", Fr(new AskExposure("acme")) },
        { "plafond de credit acme stp", Fr(new AskExposure("acme")) },
        { "encours acme cette semaine", Fr(new AskExposure("acme")) },
        { "acme bloque ?", Fr(new AskBlocked("acme")) },
        { "dupont bloq ?", Fr(new AskBlocked("dupont")) },
        { "est ce que acme est bloque stp", Fr(new AskBlocked("acme")) },
        { "cmd bloquees", Fr(new AskBlockedOrders()) },
        { "cdes bloquees svp", Fr(new AskBlockedOrders()) },
        { "cmdes en attente", Fr(new AskBlockedOrders()) },
        { "ou en est FA000032", Fr(new AskInvoiceStatus("FA000032")) },
        { "FA000032 payée ?", Fr(new AskInvoiceStatus("FA000032")) },
        { "fa000032 payee ?", Fr(new AskInvoiceStatus("fa000032")) },
        { "statut FA000032 stp", Fr(new AskInvoiceStatus("FA000032")) },
        { "fact FA000032", Fr(new AskInvoiceStatus("FA000032")) },
        { "fct FA000032 reglee ?", Fr(new AskInvoiceStatus("FA000032")) },
        { "mes retards stp", Fr(new AskMyOverdueClients()) },
        { "qui est en retard ?", Fr(new AskMyOverdueClients()) },
        { "clients a relancer svp", Fr(new AskMyOverdueClients()) },
        { "mes impayes", Fr(new AskMyOverdueClients()) },
        { "retards acme", Fr(new AskPaymentBehaviour("acme")) },
        { "acme paie bien ?", Fr(new AskPaymentBehaviour("acme")) },
        { "acme en retard ?", Fr(new AskPaymentBehaviour("acme")) },
        { "qui depasse ?", Fr(new AskMyClientsOverLimit()) },
        { "mes depassements stp", Fr(new AskMyClientsOverLimit()) },
        { "montre le DSO", Fr(new AskDso(DsoScope.Company, null)) },
        { "dso acme svp", Fr(new AskDso(DsoScope.Client, "acme")) },
        { "mon dso stp", Fr(new AskDso(DsoScope.Portfolio, null)) },
        { "donne moi le dso de mon portefeuille", Fr(new AskDso(DsoScope.Portfolio, null)) },
        { "je peux vendre 20k a acme ?", Fr(new AskPreSale("acme", 20_000m, null)) },
        { "demande de limite pour acme 50k stp", Fr(new AskLimitRequest("acme", 50_000m)) },
        { "aide stp", new AskHelp("fr") },
        { "bjr", new AskHelp("fr") },
        { "slt ca va", Fr(new NotUnderstood("slt ca va")) },
        { "bonjour ça va", Fr(new NotUnderstood("bonjour ça va")) },
        { "quoi de neuf ?", Fr(new NotUnderstood("quoi de neuf ?")) },
        { "résumé", Fr(new NotUnderstood("résumé")) },
        { "statut du jour", Fr(new NotUnderstood("statut du jour")) },
        { "résumé du jour ACME", Fr(new AskExposure("ACME")) },

        // Digests on demand (issue 15): the daily digest for a credit manager, the weekly summary for the CFO
        { "résumé du jour", Fr(new AskDailyDigest()) },
        { "resume du jour stp", Fr(new AskDailyDigest()) },
        { "mon résumé", Fr(new AskDailyDigest()) },
        { "mon resume du jour svp", Fr(new AskDailyDigest()) },
        { "résumé d'aujourd'hui", Fr(new AskDailyDigest()) },
        { "ma synthese du jour", Fr(new AskDailyDigest()) },
        { "resumé quotidien", Fr(new AskDailyDigest()) },
        { "envoie moi mon résumé du jour", Fr(new AskDailyDigest()) },
        { "recap du jour stp", Fr(new AskDailyDigest()) },
        { "resumer du jour", Fr(new AskDailyDigest()) },
        { "digest du jour", Fr(new AskDailyDigest()) },
        { "Résumé du jour ?", Fr(new AskDailyDigest()) },
        { "résumé hebdo", Fr(new AskWeeklySummary()) },
        { "synthèse hebdo", Fr(new AskWeeklySummary()) },
        { "resume hebdo stp", Fr(new AskWeeklySummary()) },
        { "synthese de la semaine svp", Fr(new AskWeeklySummary()) },
        { "donne moi la synthèse hebdomadaire", Fr(new AskWeeklySummary()) },
        { "synthse hebdo", Fr(new AskWeeklySummary()) },
        { "le résumé de la semaine", Fr(new AskWeeklySummary()) },
        { "bilan hebdo", Fr(new AskWeeklySummary()) },
        { "SYNTHESE HEBDO", Fr(new AskWeeklySummary()) },
        { "resume hebdomadaire stp", Fr(new AskWeeklySummary()) },
        { "les retards de la semaine", Fr(new NotUnderstood("les retards de la semaine")) },
        { "commandes bloquées de demain", Fr(new NotUnderstood("commandes bloquées de demain")) },

        // Statistiques de blocage (issue 13) : les 30 derniers jours, sauf nombre de jours tapé
        { "statistiques blocages", Fr(new AskBlockStatistics()) },
        { "stats blocages", Fr(new AskBlockStatistics()) },
        { "Statistiques des blocages", Fr(new AskBlockStatistics()) },
        { "stats des commandes bloquées stp", Fr(new AskBlockStatistics()) },
        { "statistiqes blocages", Fr(new AskBlockStatistics()) },
        { "STATS BLOCAGE", Fr(new AskBlockStatistics()) },
        { "statistiques blocages sur 90 jours", Fr(new AskBlockStatistics(90)) },
        { "stats blocages sur les 90 derniers jours", Fr(new AskBlockStatistics(90)) },
        { "stats blocages 60j", Fr(new AskBlockStatistics(60)) },
        { "statistiques blocages ACME", Fr(new AskBlocked("ACME")) },
    };

    public static TheoryData<string> Phrasings => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Each_phrasing_gives_exactly_the_expected_question(string text)
    {
        var expected = Expected[text];

        var question = QuestionParser.Parse(text);

        Assert.Equal(expected, question);
    }

    [Fact]
    public void There_are_at_least_sixty_french_phrasings_covering_every_kind_of_question()
    {
        var kinds = Expected.Values.Select(q => q.GetType()).Distinct().Count();

        var total = Expected.Count;

        Assert.True(total >= 60, $"{total} phrasings");
        Assert.Equal(typeof(Question).GetNestedTypes().Length, kinds);
    }

    private static Question Fr(Question question) => question with { Language = "fr" };
}
