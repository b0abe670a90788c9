using Casus.Coding;

namespace Casus.Tests.Coding;

public class EmbeddedListTests
{
    private static string ReadAll(TextReader reader, string file, out List<DataFileError> errors)
    {
        errors = [];
        var text = reader.ReadToEnd();
        if (text.Length == 0) errors.Add(new DataFileError(file, 1, "text", "empty"));
        return text;
    }

    [Fact]
    public void A_shipped_list_loads_through_the_given_reader()
        => Assert.Contains("leader", EmbeddedList.Load<string>(Casus.Actors.Discourse.GroupWords.ResourceName, "group word list", ReadAll));

    [Fact]
    public void A_missing_resource_is_named()
    {
        var e = Assert.Throws<InvalidOperationException>(() => EmbeddedList.Load<string>("actors/no-such-list.txt", "test list", ReadAll));
        Assert.Contains("actors/no-such-list.txt", e.Message);
    }

    [Fact]
    public void A_bad_shipped_list_throws_with_its_errors()
    {
        var e = Assert.Throws<InvalidDataException>(() => EmbeddedList.Load<string>(Casus.Actors.Discourse.GroupWords.ResourceName, "test list",
            (TextReader r, string f, out List<DataFileError> errors) => { errors = [new DataFileError(f, 3, "word", "bad")]; return ""; }));
        Assert.Contains("the embedded test list is invalid", e.Message);
        Assert.Contains("actors/groups.txt", e.Message);
    }
}
