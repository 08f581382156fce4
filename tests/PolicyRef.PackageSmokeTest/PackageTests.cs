using System;
using System.IO;
using System.Linq;
using PolicyRef;
using PolicyRef.Model;
using Xunit;

namespace PolicyRef.PackageSmokeTest
{
    /// <summary>Reads the embedded data through the packed PolicyRef package, as a consumer would.</summary>
    public class PackageTests
    {
        [Fact]
        public void Reads_cecot_from_the_packaged_default_set()
        {
            var cecot = PolicyReference.Default.GetFacility("cecot");
            Assert.Equal("Centro de Confinamiento del Terrorismo", cecot.Name);
            Assert.InRange(cecot.Claims.Count, 30, 100000);
            Assert.NotNull(PolicyReference.Default.Select(cecot, MetricIds.WallHeight));
        }

        [Fact]
        public void The_library_comes_from_the_package_folder_not_the_repository()
        {
            var location = typeof(PolicyReference).Assembly.Location;
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            Assert.False(string.IsNullOrEmpty(packages), "run with NUGET_PACKAGES set to a fresh folder");
            var restored = Directory.EnumerateFiles(Path.Combine(packages!, "policyref"), "PolicyRef.dll", SearchOption.AllDirectories).Select(File.ReadAllBytes);
            Assert.Contains(restored, bytes => bytes.SequenceEqual(File.ReadAllBytes(location)));
        }
    }
}
