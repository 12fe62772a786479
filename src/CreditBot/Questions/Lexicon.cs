using System.Collections.Frozen;

namespace CreditBot.Questions;

/// <summary>
/// The words the parser knows, folded (lower case, no accents; apostrophes and hyphens split words).
/// Keywords say what is asked; stop words are trimmed from either end of a client query; the
/// language of every known word lets the parser tell French from English.
/// </summary>
internal static class Lexicon
{
    public static IReadOnlyList<Keyword> Keywords { get; } = BuildKeywords();

    /// <summary>Keywords by their first word, longest phrases first.</summary>
    public static FrozenDictionary<string, Keyword[]> KeywordsByFirstWord { get; } = Keywords
        .GroupBy(k => k.Words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(k => k.Words.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Command words recognised with a typo (one edit, two from ten letters) in a word of six letters or
    /// more. Kept short on purpose: client names are often one typo away from a common word ("Martin" and
    /// "margin", "Renard" and "retard"), and a name taken for a keyword is worse than a typo not forgiven.
    /// </summary>
    public static IReadOnlyList<string> FuzzyVocabulary { get; } =
    [
        "encours", "exposure", "exposition", "situation", "statut", "status", "facture", "factures", "invoice", "invoices",
        "bloque", "bloquee", "bloques", "bloquees", "blocked", "blocage", "commande", "commandes", "orders", "overdue", "comportement", "behaviour", "behavior", "payment", "paiement", "historique", "history",
        "depassement", "depassements", "portefeuille", "portfolio", "impaye", "impayes", "unpaid", "echeance",
        "echeances", "depassee", "depassees", "clients", "customers", "attente", "validation", "pending", "awaiting",
        "approval", "outstanding", "exceeding", "resume", "synthese", "summary", "digest", "weekly", "quotidien",
        "hebdomadaire", "journalier", "statistiques", "statistique", "statistics", "blocages", "blocking",
    ];

    public static FrozenDictionary<string, string?> StopWords { get; } = BuildStopWords();

    /// <summary>Every known word with its language; null when it is used in both.</summary>
    public static FrozenDictionary<string, string?> WordLanguages { get; } = BuildWordLanguages();

    public static FrozenSet<string> KnownWords { get; } = Keywords.SelectMany(k => k.Words)
        .Concat(StopWords.Keys)
        .Concat(WordLanguages.Keys)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that say when, or how one is, never who: a question holding them and no client is one the bot cannot
    /// answer ("who is late this week?", "résumé du jour"), and they are trimmed from a client query like stop words.
    /// A client's name word is never one of them (the parser is told the names).
    /// </summary>
    public static FrozenSet<string> NotNames { get; } = FrozenSet.ToFrozenSet(
        ["jour", "semaine", "semaines", "week", "weeks", "weekend", "hebdo", "weekly", "daily", "quotidien", "mois", "month",
         "months", "trimestre", "quarter", "annee", "year", "demain", "hier", "tomorrow", "yesterday", "matin", "morning",
         "soir", "soiree", "tonight", "midi", "aprem", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
         "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "meteo", "weather",
         "neuf", "news", "up", "sup", "happening", "recap", "briefing", "digest", "va", "vas", "allez", "going", "blague",
         "joke", "prochain", "prochaine", "next", "passee", "dernieres", "past", "previous", "precedent", "precedente",
         "hebdomadaire", "quotidienne", "journalier", "journaliere", "recapitulatif", "bilan", "rapport", "report", "todays"],
        StringComparer.Ordinal);

    /// <summary>Words that name a digest ("résumé du jour", "weekly summary"); see <see cref="DailyWords"/> and <see cref="WeeklyWords"/>.</summary>
    public static FrozenSet<string> DigestWords { get; } = FrozenSet.ToFrozenSet(
        ["resume", "synthese", "recap", "recapitulatif", "digest", "summary", "briefing", "bilan", "rapport", "report"],
        StringComparer.Ordinal);

    /// <summary>Words that make a digest the daily one ("du jour", "quotidien", "today's", "daily").</summary>
    public static FrozenSet<string> DailyWords { get; } = FrozenSet.ToFrozenSet(
        ["jour", "quotidien", "quotidienne", "journalier", "journaliere", "aujourd", "matin", "daily", "today", "todays", "morning"],
        StringComparer.Ordinal);

    /// <summary>Words that make a digest the weekly one ("hebdo", "de la semaine", "weekly").</summary>
    public static FrozenSet<string> WeeklyWords { get; } = FrozenSet.ToFrozenSet(
        ["hebdo", "hebdomadaire", "semaine", "weekly", "week"],
        StringComparer.Ordinal);

    /// <summary>Words a block statistics question may carry around its period ("sur les 90 derniers jours", "over the last 90 days").</summary>
    public static FrozenSet<string> StatisticsPeriodWords { get; } = FrozenSet.ToFrozenSet(
        ["dernier", "derniers", "derniere", "dernieres", "last", "past", "previous", "periode", "period", "over", "during", "pendant",
         "jours", "jour", "days", "day"],
        StringComparer.Ordinal);

    /// <summary>Chat shorthand read as the word it stands for ("u" you, "cb" combien, "cmd" commande).</summary>
    public static FrozenDictionary<string, string> Shorthands { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["u"] = "you",
        ["r"] = "are",
        ["ur"] = "your",
        ["w"] = "with",
        ["plz"] = "please",
        ["pls"] = "please",
        ["thx"] = "thanks",
        ["ty"] = "thanks",
        ["tks"] = "thanks",
        ["thks"] = "thanks",
        ["cust"] = "customer",
        ["acct"] = "account",
        ["cb"] = "combien",
        ["cmb"] = "combien",
        ["bjr"] = "bonjour",
        ["slt"] = "salut",
        ["pr"] = "pour",
        ["ds"] = "dans",
        ["qd"] = "quand",
        ["tt"] = "tout",
        ["mrc"] = "merci",
        ["mci"] = "merci",
        ["cmd"] = "commande",
        ["cmds"] = "commandes",
        ["cmde"] = "commande",
        ["cmdes"] = "commandes",
        ["bloq"] = "bloque",
        ["tjrs"] = "toujours",
        ["tjs"] = "toujours",
        ["pk"] = "pourquoi",
        ["stpl"] = "stp",
        ["aujd"] = "aujourd",
        ["auj"] = "aujourd",
        ["ajd"] = "aujourd",
        ["fct"] = "facture",
        ["fctr"] = "facture",
        ["fac"] = "facture",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Grammar words: never kept at the edge of a client query for being in a name ("de", "la", "the").</summary>
    public static FrozenSet<string> FunctionWords { get; } = FrozenSet.ToFrozenSet(
        ["de", "du", "des", "d", "la", "le", "les", "l", "un", "une", "au", "aux", "en", "sur", "pour", "chez", "avec", "par",
         "dans", "the", "an", "a", "of", "for", "to", "at", "with", "by", "in", "from", "on", "and", "et", "ou", "or", "s", "t"],
        StringComparer.Ordinal);

    public static FrozenSet<string> Greetings { get; } = FrozenSet.ToFrozenSet(
        ["bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "yo"], StringComparer.Ordinal);

    /// <summary>Limit words that make "raise"/"augmenter" a limit request ("raise ACME's limit", "augmenter le plafond de X").</summary>
    public static FrozenSet<string> LimitWords { get; } = FrozenSet.ToFrozenSet(
        ["limit", "limite", "limits", "limites", "plafond", "plafonds", "line", "ligne", "encours"], StringComparer.Ordinal);

    /// <summary>Thanks and acknowledgements: alone (with greeting companions), a short "you're welcome".</summary>
    public static FrozenSet<string> Thanks { get; } = FrozenSet.ToFrozenSet(
        ["merci", "mercii", "thanks", "thank", "you", "thx", "ty", "cheers", "beaucoup", "bcp", "lot", "much", "ok", "okay",
         "parfait", "super", "top", "nickel", "great", "perfect", "cool", "bien", "recu", "noted", "got", "it", "very", "so"],
        StringComparer.Ordinal);

    /// <summary>Words that may come with a greeting that still asks for help ("hello CreditBot", "bonjour à tous").</summary>
    public static FrozenSet<string> GreetingCompanions { get; } = FrozenSet.ToFrozenSet(
        ["creditbot", "bot", "there", "all", "everyone", "team", "a", "tous", "tout", "le", "monde", "l", "equipe"], StringComparer.Ordinal);

    public static IReadOnlyList<string[]> BusinessUnitMarkers { get; } = Phrases(
        "bu", "b u", "business unit", "business units", "business line", "division", "divisions", "agence", "agences",
        "branche", "branches", "branch", "unite", "unites", "unit", "units", "entite", "entites", "entity", "secteur",
        "sector", "pole", "activite");

    public static IReadOnlyList<string[]> CountryMarkers { get; } = Phrases("pays", "country", "countries");

    public static FrozenSet<string> PortfolioWords { get; } = FrozenSet.ToFrozenSet(
        ["mon", "ma", "mes", "my", "mine", "moi", "me", "perso", "personnel", "personal", "own", "portefeuille", "portfolio",
         "equipe", "team"],
        StringComparer.Ordinal);

    /// <summary>Articles kept at the start of a client query when capitalised mid-sentence ("encours de La Poste").</summary>
    public static FrozenSet<string> Articles { get; } = FrozenSet.ToFrozenSet(["le", "la", "les", "l", "the"], StringComparer.Ordinal);

    public static FrozenSet<string> CompanyWords { get; } = FrozenSet.ToFrozenSet(
        ["societe", "entreprise", "company", "groupe", "group", "global", "globale", "total", "overall", "ensemble", "tout",
         "toute", "all", "whole", "firm", "boite", "maison", "corporate", "consolide", "consolidated", "nous", "we", "us",
         "notre", "our", "general", "generale"],
        StringComparer.Ordinal);

    /// <summary>Period and trend words a DSO question may carry; the answer always states its period.</summary>
    public static FrozenSet<string> PeriodWords { get; } = FrozenSet.ToFrozenSet(
        ["mois", "ci", "month", "monthly", "trend", "tendance", "evolution", "trimestre", "quarter", "annee", "an", "year",
         "semaine", "week", "dernier", "derniere", "last", "this", "ce", "cette", "current", "actuel", "actuelle",
         "courant", "ytd", "mtd", "today", "aujourd", "hui", "now", "maintenant", "en", "cours", "moyen", "average"],
        StringComparer.Ordinal);

    public static FrozenSet<string> InvoiceNumberLabels { get; } = FrozenSet.ToFrozenSet(
        ["n", "no", "num", "numero", "number", "nr", "ref", "reference", "#"], StringComparer.Ordinal);

    private static List<Keyword> BuildKeywords()
    {
        var keywords = new List<Keyword>();
        void Add(Concept concept, string? language, params string[] phrases) =>
            keywords.AddRange(phrases.Select(p => new Keyword(p.Split(' '), concept, language)));

        Add(Concept.Help, "fr", "aide", "aidez moi", "a l aide", "que sais tu faire", "que peux tu faire",
            "que savez vous faire", "que pouvez vous faire", "tu sais faire quoi", "comment ca marche",
            "mode d emploi", "commandes disponibles");
        Add(Concept.Help, "en", "help", "help me", "what can you do", "what do you do", "how does this work",
            "how do i use", "how to use", "commands", "available commands");

        Add(Concept.Exposure, "fr", "encours", "en cours", "exposition", "statut", "etat", "ou en est", "ou en sommes nous",
            "ou on en est", "point sur", "faire le point", "fais le point", "fiche", "fiche client", "infos",
            "informations", "limite", "limite de credit", "plafond", "plafond de credit", "risque", "solde",
            "combien doit", "combien nous doit", "doit", "doivent", "qu en est il", "que devient", "resume", "synthese", "disponible",
            "marge de manoeuvre", "ligne de credit");
        Add(Concept.Exposure, "en", "exposure", "status", "standing", "where are we with", "where are we on",
            "where do we stand with", "where do we stand on", "how is", "credit limit", "limit", "credit line",
            "balance", "outstanding", "how much does", "owe", "owes", "owing", "overview", "summary", "details",
            "headroom", "credit status", "tell me about", "information", "account status", "risk", "lookup", "look up");
        Add(Concept.Exposure, null, "situation", "position", "info");

        Add(Concept.Blocked, "fr", "bloque", "bloquee", "bloques", "bloquees", "blocage", "blocages", "bloquer",
            "debloque", "debloquee", "debloquer", "deblocage", "bloquant", "stoppe", "suspendu", "suspendue");
        Add(Concept.Blocked, "en", "blocked", "block", "blocks", "blocking", "on hold", "on stop", "unblocked", "held",
            "stopped", "suspended", "credit hold", "on credit hold", "credit stop", "on credit stop");

        Add(Concept.Statistics, "fr", "statistiques", "statistique");
        Add(Concept.Statistics, "en", "statistics", "statistic", "metrics");
        Add(Concept.Statistics, null, "stats");

        Add(Concept.Orders, "fr", "commande", "commandes", "cde", "cdes", "bon de commande", "bons de commande");
        Add(Concept.Orders, "en", "order", "orders", "purchase order", "purchase orders");

        Add(Concept.Pending, "fr", "en attente", "a valider", "a approuver", "a debloquer", "a traiter", "a decider",
            "en suspens", "attente de validation", "en attente de validation", "en attente de decision", "validation",
            "approbation");
        Add(Concept.Pending, "en", "pending", "awaiting", "awaiting approval", "to approve", "to release", "waiting",
            "waiting for approval", "to review", "for approval", "approval", "need approval", "need my approval");

        Add(Concept.Invoice, "fr", "facture", "factures", "fact", "fac");
        Add(Concept.Invoice, "en", "invoice", "invoices", "inv", "bill");
        Add(Concept.OpenItems, "fr", "ouverte", "ouvertes", "non reglee", "non reglees", "non payee", "non payees", "detail", "liste");
        Add(Concept.OpenItems, "en", "open", "unsettled");

        Add(Concept.Overdue, "fr", "en retard", "retard", "retards", "echu", "echus", "echue", "echues",
            "echeance depassee", "echeances depassees", "a relancer", "relance", "relances", "ne paient pas",
            "ne payent pas", "ne paie pas", "mauvais payeurs", "en souffrance", "retardataires");
        Add(Concept.Overdue, "en", "overdue", "late", "past due", "late payers", "bad payers", "in arrears", "arrears",
            "to chase", "chase", "dunning", "delinquent", "hasn t paid", "haven t paid", "have not paid",
            "has not paid", "not paid", "overdues", "hasnt paid", "havent paid", "didnt pay", "didn t pay");

        Add(Concept.OverLimit, "fr", "depassement", "depassements", "en depassement", "depasse", "depassent",
            "depassant", "au dessus de leur limite", "au dessus de la limite", "au dessus de leur encours",
            "au dessus de leur plafond", "hors limite", "hors encours", "hors plafond", "au dela de leur limite");
        Add(Concept.OverLimit, "en", "over limit", "over their limit", "over the limit", "over their credit limit",
            "over credit limit", "over its limit", "over its credit limit", "above limit", "above their limit",
            "above the limit", "exceeding", "exceed", "exceeds", "exceeded", "over their line", "beyond their limit",
            "overlimit");

        Add(Concept.Behaviour, "fr", "comportement de paiement", "comportement", "comportements de paiement",
            "habitudes de paiement", "historique de paiement", "historique des paiements", "historique de paiements",
            "paie", "paye", "paient", "payent", "payeur", "bon payeur", "mauvais payeur", "a l heure",
            "delai de paiement", "delais de paiement", "jours de retard", "retard moyen", "regularite de paiement", "a temps");
        Add(Concept.Behaviour, "en", "payment behaviour", "payment behavior", "behaviour", "behavior",
            "payment history", "payment habits", "payment pattern", "payment record", "track record", "pay", "paying",
            "payer", "good payer", "bad payer", "slow payer", "on time", "days late", "average delay", "how fast",
            "how quickly", "in time");
        Add(Concept.Behaviour, null, "pays");

        Add(Concept.Dso, null, "dso");
        Add(Concept.Dso, "fr", "delai moyen de paiement", "delai moyen de recouvrement", "delai de recouvrement",
            "delai moyen d encaissement");
        Add(Concept.Dso, "en", "days sales outstanding", "days of sales outstanding", "days sale outstanding");

        Add(Concept.Sell, "fr", "vendre", "vends", "vend", "vente", "livrer", "acheter", "achete", "facturer", "commander",
            "passer commande",
            "accepter une commande", "prendre une commande", "faire une vente");
        Add(Concept.Sell, "en", "sell", "selling", "sale", "deal", "ship", "buy", "purchase", "take an order",
            "accept an order");

        Add(Concept.Unpaid, "fr", "impaye", "impayes", "impayee", "impayees", "creance irrecouvrable",
            "creances irrecouvrables", "perte", "pertes", "compenser", "rattraper", "combien de ventes",
            "combien faut il vendre", "cout d un impaye", "cout");
        Add(Concept.Unpaid, "en", "unpaid", "bad debt", "bad debts", "write off", "loss", "lost", "compensate",
            "make up for", "recoup", "cost of", "cost", "how much must we sell", "how much do we need to sell",
            "sales needed");

        Add(Concept.Margin, "fr", "marge", "taux de marge", "marge nette", "marge brute");
        Add(Concept.Margin, "en", "margin", "margin rate", "net margin", "gross margin");

        Add(Concept.Portfolio, "fr", "portefeuille", "mon portefeuille");
        Add(Concept.Portfolio, "en", "portfolio", "my portfolio", "my book");

        Add(Concept.ClientList, "fr", "mes clients", "clientele", "mes comptes");
        Add(Concept.ClientList, "en", "customers", "accounts", "my clients", "my customers", "my accounts");
        Add(Concept.ClientList, null, "clients");

        Add(Concept.LimitRequest, "fr", "demande de limite", "demande de limite de credit", "demande de plafond",
            "demande d encours", "demande d augmentation de limite", "demander une limite", "demander une limite de credit",
            "demander un plafond", "demande de ligne de credit", "augmenter la limite", "augmentation de limite",
            "augmentation de la limite");
        Add(Concept.LimitRequest, "en", "request a limit", "request a credit limit", "limit request", "credit limit request",
            "request a limit increase", "limit increase request", "request a higher limit", "request a new limit",
            "ask for a limit", "ask for a credit limit", "raise the limit", "increase the limit");
        Add(Concept.Raise, "fr", "augmenter", "augmente", "augmentez", "relever", "releve", "relevez", "rehausser");
        Add(Concept.Raise, "en", "raise", "increase", "bump");
        Add(Concept.Disputes, "fr", "litige", "litiges", "contestation", "contestations", "reclamation", "reclamations", "promesse",
            "promesses", "promesse de paiement", "promesses de paiement", "promesse de reglement", "promesses de reglement");
        Add(Concept.Disputes, "en", "dispute", "disputes", "disputed", "promise", "promises", "promise to pay", "promises to pay",
            "payment promise", "payment promises");
        Add(Concept.MyRequests, "fr", "mes demandes", "mes demandes de limite", "mes demandes en cours");
        Add(Concept.MyRequests, "en", "my requests", "my limit requests", "my credit limit requests");
        Add(Concept.Committee, "fr", "comite", "comite de credit", "comite credit", "votes en attente");
        Add(Concept.Committee, "en", "committee", "credit committee", "pending votes", "my votes");

        // Imperatives and "what about": with a client, its exposure; with another command word, that one decides.
        Add(Concept.Lookup, "fr", "montre", "montre moi", "montrez moi", "affiche", "affiche moi", "donne", "donne moi",
            "donnez moi", "sors", "sors moi", "sortir", "envoie", "envoie moi", "regarde", "verifie", "verifier", "cherche",
            "trouve", "ouvre", "quid", "quid de", "quoi de neuf chez", "quoi de neuf sur", "des nouvelles de", "comment va",
            "comment vont", "et pour");
        Add(Concept.Lookup, "en", "show", "show me", "give me", "pull up", "look at", "find", "open", "get me", "fetch",
            "check on", "what about", "how about", "hows", "how s", "any news on", "news on", "what s up with",
            "whats up with", "update on", "an update on");
        Add(Concept.Lookup, null, "check", "checker", "checke");
        Add(Concept.Exposure, null, "expo");
        return keywords;
    }

    private static FrozenDictionary<string, string?> BuildStopWords()
    {
        var words = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Add(string? language, string list)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = words.TryGetValue(word, out var existing) && existing != language ? null : language;
            }
        }

        Add("fr", "de du des d la le les l un une au aux en sur pour chez avec par dans sa son ses mon ma mes notre nos "
            + "votre vos leur leurs ce cet cette ces c ca cela ceci qu que qui quel quelle quels quelles quoi est sont "
            + "etait il elle ils elles nous vous je j moi tu te toi peux peut puis pouvons pourrais pourrait pourriez "
            + "pouvez dis dites donne donnez donner montre montrez montrer affiche afficher voir connaitre savoir veux "
            + "voudrais aimerais merci svp stp plait bonjour bonsoir salut coucou actuellement maintenant aujourd hui "
            + "rapidement vite cliente societe entreprise compte y alors donc moment actuel actuelle faire fais faites "
            + "lui eux bien tout toute tous toutes combien comment pourquoi quand avoir ai va vont niveau concernant "
            + "propos montant ht ttc oui ou etre sera serait aupres vis suis n ne pas si encore deja toujours "
            + "etablissements ets liste chiffres bonne journee cordialement desole stp svp vraiment juste aussi "
            + "dernier derniere derniers actuels es ont fait fournir rappelle rappeler sais autorise autorisee autorises "
            + "passe passer envisageable jouable paiement conditions delai reglement payable d verifier verifie dire indiquer indique veut voudrait souhaite souhaiterait "
            + "nouvelle nouveau nouvelles grosse gros petite petit jours moyenne moyen payee payees reglee reglees regle soldee "
            + "acquittee encaissee envoyer envoies renvoie renvoyer");
        Add("en", "the an of for about to at with by in from is are was were does do did has have what whats which who "
            + "how can could may might would should will i we my our us you your it its their his her please pls plz "
            + "thanks thank thx hello hi hey now today currently right quickly show tell give get look see know want "
            + "like need customer company account okay there any this that these those be been let lets much many some "
            + "current ll ve all them they him she he whether if still yet here just our firm good morning afternoon "
            + "evening dear team wondering curious kindly list latest doing going tell me find quick authorised authorized check "
            + "verify allowed payment terms fine alright feasible wants would new big large small days average many paid settled "
            + "cleared asap where when why send resend");
        Add(null, "a on client ok possible t m s bot creditbot siren siret € $ £ % # + & me yo");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string?> BuildWordLanguages()
    {
        var words = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Add(string word, string? language) =>
            words[word] = words.TryGetValue(word, out var existing) && existing != language ? null : language;

        foreach (var keyword in BuildKeywords())
        {
            foreach (var word in keyword.Words)
            {
                Add(word, keyword.Language);
            }
        }

        foreach (var (word, language) in BuildStopWords())
        {
            Add(word, language);
        }

        // Words that only appear inside amounts and terms.
        foreach (var word in ("jours jour j jrs fin mois fdm mille milliard milliards reception livraison comptant avance "
            + "anticipe cent cents euro").Split(' '))
        {
            Add(word, "fr");
        }

        foreach (var word in ("days day end month eom thousand billion receipt delivery cash advance prepayment "
            + "prepaid percent upon").Split(' '))
        {
            Add(word, "en");
        }

        // Scope words of a DSO question: "DSO business unit Chemicals" is English, "DSO Italie" French.
        foreach (var word in ("agence agences branche branches unite unites entite entites secteur pole activite allemagne belgique "
            + "espagne italie royaume bretagne angleterre suisse hollande autriche pologne irlande suede danemark norvege "
            + "finlande grece republique tcheque roumanie hongrie etats maroc tunisie algerie chine japon inde bresil mexique "
            + "turquie").Split(' '))
        {
            Add(word, "fr");
        }

        foreach (var word in ("business line unit units branch entity sector country countries germany belgium spain italy united "
            + "kingdom britain great england switzerland netherlands holland austria poland ireland sweden denmark norway "
            + "finland greece czech czechia romania hungary states usa morocco tunisia algeria china japan india brazil mexico "
            + "turkey").Split(' '))
        {
            Add(word, "en");
        }

        // Words that say when, not who ("who is late this week?"): they still tell the language of a question not understood.
        foreach (var word in ("jour semaine semaines hebdo quotidien trimestre annee demain hier matin soir soiree midi aprem lundi mardi "
            + "mercredi jeudi vendredi samedi dimanche meteo neuf va vas allez blague prochain prochaine passee dernieres precedent "
            + "precedente hebdomadaire quotidienne journalier journaliere recapitulatif bilan rapport").Split(' '))
        {
            Add(word, "fr");
        }

        foreach (var word in ("week weeks weekend weekly daily months quarter year tomorrow yesterday morning tonight monday tuesday "
            + "wednesday thursday friday saturday sunday weather news up sup happening going joke next past previous report todays").Split(' '))
        {
            Add(word, "en");
        }

        // Shared by both languages whatever the lists above say.
        foreach (var word in "net a on client clients t s m info situation position total ok possible dso k pays".Split(' '))
        {
            words[word] = null;
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string[][] Phrases(params string[] phrases) => [.. phrases.Select(p => p.Split(' '))];
}
