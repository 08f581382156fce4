using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace PolicyRef.Tests
{
    /// <summary>The public surface: immutable types, no public mutable collections, and documentation on every member.</summary>
    public class PublicApiTests
    {
        private static readonly Assembly Library = typeof(PolicyReference).Assembly;

        private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

        [Fact]
        public void No_public_property_has_a_public_setter_and_no_public_field_is_writable()
        {
            var setters = PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(p => p.SetMethod?.IsPublic == true)
                .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
            var fields = PublicTypes.Where(t => !t.IsEnum).SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(f => !f.IsInitOnly && !f.IsLiteral)
                .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");
            Assert.Empty(setters.Concat(fields));
        }

        [Fact]
        public void No_public_member_exposes_a_mutable_collection()
        {
            static bool Mutable(Type type) =>
                type.IsArray
                || (type.IsGenericType && new[] { typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(IList<>), typeof(ICollection<>), typeof(IDictionary<,>), typeof(ISet<>) }.Contains(type.GetGenericTypeDefinition()))
                || type == typeof(ArrayList) || type == typeof(Hashtable);
            var exposed = PublicTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(p => (Member: $"{t.Name}.{p.Name}", Type: p.PropertyType))
                    .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName).Select(m => (Member: $"{t.Name}.{m.Name}()", Type: m.ReturnType))))
                .Where(x => Mutable(x.Type))
                .Select(x => x.Member);
            Assert.Empty(exposed);
        }

        [Fact]
        public void Every_public_type_and_member_has_xml_documentation()
        {
            var xml = XDocument.Load(Path.ChangeExtension(Library.Location, ".xml"));
            var documented = xml.Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var type in PublicTypes)
            {
                var typeId = type.FullName!.Replace('+', '.');
                if (!documented.Contains("T:" + typeId))
                {
                    missing.Add("T:" + typeId);
                }

                foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    var prefix = member switch
                    {
                        PropertyInfo p => "P:" + typeId + "." + p.Name,
                        FieldInfo f when !f.IsSpecialName => "F:" + typeId + "." + f.Name,
                        ConstructorInfo => "M:" + typeId + ".#ctor",
                        MethodInfo m when !m.IsSpecialName && m.DeclaringType == type && m.GetBaseDefinition().DeclaringType == type => "M:" + typeId + "." + m.Name,
                        _ => null,
                    };
                    if (prefix is not null && !documented.Any(d => d == prefix || d.StartsWith(prefix + "(", StringComparison.Ordinal) || d.StartsWith(prefix + "``", StringComparison.Ordinal)))
                    {
                        missing.Add(prefix);
                    }
                }
            }

            Assert.Empty(missing.Distinct());
        }

        [Fact]
        public void The_public_api_files_are_tracked()
        {
            var root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "PolicyRef.sln")))
            {
                root = Path.GetDirectoryName(root)!;
            }

            // 0.1.0 is released: its API is in the shipped file, and changes since go to the unshipped one.
            var shipped = File.ReadAllLines(Path.Combine(root, "src", "PolicyRef", "PublicAPI.Shipped.txt"));
            var unshipped = File.ReadAllLines(Path.Combine(root, "src", "PolicyRef", "PublicAPI.Unshipped.txt"));
            Assert.Contains("PolicyRef.PolicyReference.CompareFacilities(params string![]! facilityIds) -> PolicyRef.Queries.FacilityComparison!", shipped);
            Assert.InRange(shipped.Length, 100, 100000);
            Assert.Equal("#nullable enable", unshipped[0]);
        }
    }
}
