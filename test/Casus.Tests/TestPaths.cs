namespace Casus.Tests;

/// <summary>Where the repository and the read-only ../shared data lie, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding Casus.slnx).</summary>
    public static string Repo { get; } = FindRepo();

    /// <summary>../shared beside the checkout (data for training and measuring; tests may read it).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Repo, "..", "shared"));

    /// <summary>A file under ../shared/data.</summary>
    public static string SharedData(string relative) => Path.Combine(Shared, "data", relative);

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Casus.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Casus.slnx not found above " + AppContext.BaseDirectory);
    }
}
