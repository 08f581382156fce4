using System;
using System.Collections.Generic;
using System.IO;
using PolicyRef.Cookbook.Recipes;

namespace PolicyRef.Cookbook
{
    /// <summary>One example of the documentation: a method between "// &lt;name&gt;" and "// &lt;/name&gt;" markers.</summary>
    public sealed class Recipe
    {
        private readonly Action<TextWriter, string> run;

        private Recipe(string name, string title, Action<TextWriter, string> run)
        {
            Name = name;
            Title = title;
            this.run = run;
        }

        /// <summary>Every recipe, in the order of the pages.</summary>
        public static IReadOnlyList<Recipe> All { get; } = new[]
        {
            Text("first-comparison", "A first comparison", GettingStarted.FirstComparison),
            Text("data-version", "The data version", GettingStarted.DataVersion),
            Text("cecot-vs-peers", "CECOT against its peers", Facilities.CecotAgainstItsPeers),
            Text("top-prison-population-rates", "The highest prison population rates as of a date", Countries.TopPrisonPopulationRates),
            Text("el-salvador-before-after", "El Salvador before and after March 2022, against its neighbours", Countries.ElSalvadorBeforeAndAfter),
            Text("synthetic-control", "El Salvador's homicide rate from March 2022: a synthetic control", Countries.ElSalvadorSyntheticControl),
            Text("disagreements", "Listing disagreements", Sources.ListDisagreements),
            Text("mandela-rules", "Assessing a facility against the Mandela Rules", Facilities.AssessAgainstTheMandelaRules),
            Text("own-data", "Loading your own data over the default", YourData.LoadYourOwnData),
            Text("export-csv", "Exporting for R and pandas", YourData.ExportForRAndPandas),
            Text("cite-a-figure", "Citing a figure", Sources.CiteAFigure),
            new Recipe("charts", "Charts", ChartRecipes.DrawCharts),
            Text("command-line", "The command line", CommandLine.RunTheCommandLine),
            Text("publishers-differ", "Definitions and reference dates differ across publishers", Methodology.PublishersDiffer),
            Text("homicide-counts", "What homicide counts leave out", Methodology.WhatHomicideCountsLeaveOut),
            Text("withheld-statistics", "Countries that stopped publishing", Methodology.CountriesThatStoppedPublishing),
        };

        /// <summary>The images the recipes draw into docs/images/.</summary>
        public static IReadOnlyList<string> Images { get; } = new[] { "slv-homicide-rate.png", "prison-population-rate-top5.png", "design-capacity.png" };

        /// <summary>The region name in the source and the output file's name.</summary>
        public string Name { get; }

        /// <summary>What it shows.</summary>
        public string Title { get; }

        /// <summary>Runs the recipe against the shipped data and returns what it printed, with LF line ends.</summary>
        /// <param name="imageDirectory">Where recipes that draw charts write them.</param>
        /// <returns>The output.</returns>
        public string Run(string imageDirectory)
        {
            using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            run(output, imageDirectory);
            return output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        /// <inheritdoc/>
        public override string ToString() => Name;

        private static Recipe Text(string name, string title, Action<TextWriter> run) => new Recipe(name, title, (output, _) => run(output));
    }
}
