namespace Casus.Actors.People;

/// <summary>
/// The people of the actor dictionaries (the <c>person:</c> entries), indexed by <see cref="NameKey"/> so that
/// spelling variants find them, and the date policy that picks a person's code for an article
/// (docs/formats/actors.md, "People"). Immutable and thread-safe once built.
/// </summary>
public sealed class PersonDirectory
{
    /// <summary>How far outside an affiliation's bounds (in days) the nearest affiliation is still used; beyond it
    /// the person codes as the affiliation's country alone.
    /// <value>366 days: a year either side, which covers an officeholder reported shortly before taking or after
    /// leaving office, and widens a list that only proves one year (the 2019 snapshot) to its neighbours.</value></summary>
    public const int NearestToleranceDays = 366;

    private static readonly IReadOnlyList<Person> None = Array.Empty<Person>();
    private readonly Dictionary<string, List<Person>> _byFullKey;
    private readonly Dictionary<string, List<Person>> _bySurname;
    private readonly Dictionary<string, List<Person>> _byShortForm;
    private readonly Dictionary<string, List<Person>> _byStrictSurname;
    private readonly HashSet<string> _firstWords;
    private readonly Dictionary<string, Person> _byPatronymicForm;

    private PersonDirectory(IReadOnlyList<Person> people, Dictionary<string, List<Person>> byFullKey,
        Dictionary<string, List<Person>> bySurname, Dictionary<string, List<Person>> byShortForm,
        Dictionary<string, List<Person>> byStrictSurname, HashSet<string> firstWords,
        Dictionary<string, Person> byPatronymicForm, int ambiguousPatronymicForms)
    {
        _byPatronymicForm = byPatronymicForm;
        AmbiguousPatronymicForms = ambiguousPatronymicForms;
        _byStrictSurname = byStrictSurname;
        People = people;
        _byFullKey = byFullKey;
        _bySurname = bySurname;
        _byShortForm = byShortForm;
        _firstWords = firstWords;
    }

    /// <summary>Every person, in dictionary order.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>Builds the directory from the person entries of <paramref name="dictionary"/>.</summary>
    public static PersonDirectory Create(ActorDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        return Create(dictionary.Entries);
    }

    /// <summary>Builds the directory from dictionary entries (entries that are not people are ignored).</summary>
    public static PersonDirectory Create(IEnumerable<ActorEntry> entries) => Create(entries, FamilyNameOrder.Default);

    /// <summary>Builds the directory from dictionary entries, reading which names are written family name first
    /// from <paramref name="familyOrder"/>.</summary>
    internal static PersonDirectory Create(IEnumerable<ActorEntry> entries, FamilyNameOrder familyOrder)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(familyOrder);
        // One dictionary line is one affiliation; its phrases are the person's names on that line.
        var lines = new List<List<ActorEntry>>();
        foreach (var e in entries)
        {
            if (e.Kind != ActorEntryKind.Person) continue;
            if (lines.Count > 0 && lines[^1][0].Source == e.Source && lines[^1][0].Line == e.Line) lines[^1].Add(e);
            else lines.Add([e]);
        }

        // Lines sharing a full name (by key) are one person: union-find over the keys. Two spellings of one key
        // join only within one country (or body): the key folds vowels and romanisations, so across countries it
        // joins different people ("Mark Rutte" NLD and "Margrethe II" DNK, "Abdullah Abdullah" AFG and "Abdallah
        // Abdallah" SYR); one spelling joins anywhere (a leader who moves to an international body). Within a
        // country two spellings join only when they also agree in which vowel runs are diphthongs (NameKey.Shape):
        // the key writes "Lien Chan" and "Lin Chuan", two premiers of Taiwan, alike.
        var owner = new Dictionary<string, List<(int Line, string Spelling, string Primary, string Shape)>>(StringComparer.Ordinal);
        var parent = new int[lines.Count];
        for (int i = 0; i < lines.Count; i++) parent[i] = i;
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        for (int i = 0; i < lines.Count; i++)
            foreach (var e in lines[i])
            {
                if (e.Words.Count < 2) continue;
                var key = NameKey.Of(e.Phrase);
                if (key.Length == 0) continue;
                var spelling = NameKey.Spelling(e.Phrase);
                var primary = e.Code.Primary;
                var shape = NameKey.Shape(e.Phrase);
                if (!owner.TryGetValue(key, out var owners)) owner[key] = owners = new(1);
                foreach (var (j, s, p, h) in owners)
                    if (s == spelling || (p == primary && h == shape)) parent[Find(i)] = Find(j);
                owners.Add((i, spelling, primary, shape));
            }

        var groups = new Dictionary<int, List<List<ActorEntry>>>();
        var order = new List<int>();
        for (int i = 0; i < lines.Count; i++)
        {
            int r = Find(i);
            if (!groups.TryGetValue(r, out var g)) { groups[r] = g = new(); order.Add(r); }
            g.Add(lines[i]);
        }

        var people = new List<Person>();
        var byFull = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        var bySurname = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        var byShort = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        var byStrict = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in order)
        {
            var g = groups[r];
            var names = new List<string>();
            var shorts = new List<string>();
            var affiliations = new List<ActorEntry>();
            foreach (var line in g)
            {
                affiliations.Add(line[0]);
                foreach (var e in line)
                {
                    var list = e.Words.Count >= 2 ? names : shorts;
                    if (!list.Contains(e.Phrase, StringComparer.Ordinal)) list.Add(e.Phrase);
                }
            }
            var name = names.Count > 0 ? names[0] : shorts[0];
            // A name written family name first ("Yoon Suk Yeol") is named by its first word after a title.
            var family = names.Count > 0 ? familyOrder.FamilyNameOf(name, affiliations) : null;
            var person = new Person(people.Count, name, names, shorts, affiliations, family);
            people.Add(person);
            foreach (var n in names)
            {
                Add(byFull, NameKey.Of(n), person);
                var first = FirstWordKey(n);
                if (first.Length > 0) firstWords.Add(first);
            }
            foreach (var s in shorts) Add(byShort, NameKey.Strict(s), person);
            if (person.SurnameKey.Length > 0 && names.Count > 0)
            {
                Add(bySurname, person.SurnameKey, person);
                Add(byStrict, NameKey.Strict(person.Surname), person);
            }
        }
        var (byPatronymic, ambiguous) = PatronymicIndex(people, byFull);
        return new PersonDirectory(people, byFull, bySurname, byShort, byStrict, firstWords, byPatronymic, ambiguous);
    }

    // The shorter forms of Arabic patronymic names (PatronymicForms), by key: a form that is some person's full
    // name, or that two people share ("Abdullah bin Zayed" of two families), names nobody and is left out.
    private static (Dictionary<string, Person> Index, int Ambiguous) PatronymicIndex(List<Person> people,
        Dictionary<string, List<Person>> byFull)
    {
        var owners = new Dictionary<string, List<Person>>(StringComparer.Ordinal);
        foreach (var person in people)
            foreach (var name in person.Names)
                foreach (var form in PatronymicForms.Of(name))
                {
                    var key = NameKey.Of(form);
                    if (key.Length == 0 || byFull.ContainsKey(key)) continue;
                    Add(owners, key, person);
                }
        var index = new Dictionary<string, Person>(StringComparer.Ordinal);
        int ambiguous = 0;
        foreach (var (key, list) in owners)
            if (list.Count == 1) index[key] = list[0];
            else ambiguous++;
        return (index, ambiguous);
    }

    private static void Add(Dictionary<string, List<Person>> index, string key, Person person)
    {
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = new List<Person>(1);
        if (!list.Contains(person)) list.Add(person);
    }

    /// <summary>The key of a name's first word that is not a particle.</summary>
    internal static string FirstWordKey(string name)
    {
        foreach (var w in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (NameKey.IsParticle(w)) continue;
            return NameKey.OfWord(w);
        }
        return "";
    }

    /// <summary>True when some full name starts with a word of key <paramref name="wordKey"/> (a cheap filter
    /// before trying spans that start at a token).</summary>
    public bool MayStartName(string wordKey) => _firstWords.Contains(wordKey);

    /// <summary>People with a full name of key <paramref name="key"/> (see <see cref="NameKey"/>).</summary>
    public IReadOnlyList<Person> ByFullName(string key) => _byFullKey.TryGetValue(key, out var l) ? l : None;

    /// <summary>The one person of whose Arabic patronymic name <paramref name="key"/> is the key of a shorter form
    /// ("Mohamed bin Zayed" for "Mohammed bin Zayed Al Nahyan"; see <see cref="PatronymicForms"/>), or null. Only
    /// forms that are nobody's full name and belong to one person are indexed.</summary>
    public Person? ByPatronymicForm(string key) => _byPatronymicForm.GetValueOrDefault(key);

    /// <summary>How many shorter patronymic forms are indexed (each names one person).</summary>
    public int PatronymicFormCount => _byPatronymicForm.Count;

    /// <summary>How many shorter patronymic forms two or more people share (left out of the index).</summary>
    public int AmbiguousPatronymicForms { get; }

    /// <summary>People whose surname has key <paramref name="key"/>.</summary>
    public IReadOnlyList<Person> BySurname(string key) => _bySurname.TryGetValue(key, out var l) ? l : None;

    /// <summary>People with a written single-word name of strict key <paramref name="key"/> ("Assad"; see
    /// <see cref="NameKey.Strict"/>).</summary>
    public IReadOnlyList<Person> ByShortForm(string key) => _byShortForm.TryGetValue(key, out var l) ? l : None;

    /// <summary>People whose surname has strict key <paramref name="key"/> (see <see cref="NameKey.Strict"/>).</summary>
    public IReadOnlyList<Person> ByStrictSurname(string key) => _byStrictSurname.TryGetValue(key, out var l) ? l : None;

    /// <summary>True when one of the person's affiliations holds on <paramref name="date"/>.</summary>
    public static bool IsActiveOn(Person person, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var a in person.Affiliations) if (a.IsValidOn(date)) return true;
        return false;
    }

    /// <summary>The generated list of 2019 ministers and officials: thousands of names, many of them common, so an
    /// entry there is a lesser-known holder whose affiliation the article's own apposition or title phrase
    /// overrides when they disagree (docs/formats/actors.md, "Apposition against the dictionary").</summary>
    internal const string OfficialsListSource = "actors/people-cia-2019.txt";

    /// <summary>True when <paramref name="entry"/> comes from <see cref="OfficialsListSource"/>.</summary>
    internal static bool IsOfficialsListEntry(ActorEntry entry) => entry.Source == OfficialsListSource;

    /// <summary>
    /// The code <paramref name="person"/> takes in an article published on <paramref name="date"/>:
    /// <list type="bullet">
    /// <item>an affiliation that holds on the date (several: the one that started last, the latest appointment or
    /// change of side);</item>
    /// <item>no date: the affiliation that started last;</item>
    /// <item>a date outside every affiliation: the nearest one when it is at most <see cref="NearestToleranceDays"/>
    /// away, else that affiliation's country alone (a transnational code is kept whole); the note says which.</item>
    /// </list>
    /// </summary>
    public static PersonResolution Resolve(Person person, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(person);
        var all = person.Affiliations;
        if (date is not { } d)
        {
            var latest = all[0];
            foreach (var a in all)
                if (Start(a) > Start(latest) || (Start(a) == Start(latest) && HomeWeight(all, a) > HomeWeight(all, latest))) latest = a;
            return new PersonResolution(person, latest.Code, latest, all.Count > 1 ? "no article date: the latest affiliation" : "");
        }
        ActorEntry? valid = null;
        foreach (var a in all)
            if (a.IsValidOn(d) && (valid is null || Start(a) > Start(valid)
                || (Start(a) == Start(valid) && HomeWeight(all, a) > HomeWeight(all, valid)))) valid = a;
        if (valid is not null) return new PersonResolution(person, valid.Code, valid, "");

        ActorEntry nearest = all[0];
        int best = int.MaxValue;
        foreach (var a in all)
        {
            int gap = Gap(a, d);
            if (gap < best || (gap == best && HomeWeight(all, a) > HomeWeight(all, nearest))) { best = gap; nearest = a; }
        }
        var when = nearest.ValidFrom is { } f && d < f ? $"starts {best} days after the article date" : $"ended {best} days before the article date";
        if (best <= NearestToleranceDays)
            return new PersonResolution(person, nearest.Code, nearest, $"no affiliation on the article date; nearest ({when})");
        var country = IsTransnational(nearest.Code.Primary) ? nearest.Code : ActorCode.Parse(nearest.Code.Primary);
        return new PersonResolution(person, country, nearest, $"no affiliation within a year of the article date (nearest {when}): country only → {country}");
    }

    private static DateOnly Start(ActorEntry a) => a.ValidFrom ?? DateOnly.MinValue;

    /// <summary>How many of the person's entries name the country (or transnational body) of <paramref name="a"/>.
    /// Two affiliations that start together are concurrent posts, not a change of side (a head of state who is also
    /// co-prince of another country): the country the person is listed under most is their home.</summary>
    private static int HomeWeight(IReadOnlyList<ActorEntry> all, ActorEntry a)
    {
        int n = 0;
        foreach (var e in all) if (e.Code.Primary == a.Code.Primary) n++;
        return n;
    }

    private static int Gap(ActorEntry a, DateOnly d)
    {
        if (a.ValidFrom is { } f && d < f) return f.DayNumber - d.DayNumber;
        if (a.ValidUntil is { } u && d > u) return d.DayNumber - u.DayNumber;
        return 0;
    }

    private static bool IsTransnational(string primary) => primary is "IGO" or "NGO" or "IMG" or "MNC";
}
