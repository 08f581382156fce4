using System;
using System.Text;

namespace PolicyRef.Site
{
    /// <summary>Enum names in words: StateOfEmergency becomes "state of emergency".</summary>
    internal static class Words
    {
        public static string Of<T>(T value)
            where T : struct, Enum
        {
            var name = value.ToString();
            var words = new StringBuilder(name.Length + 4);
            for (var i = 0; i < name.Length; i++)
            {
                if (i > 0 && char.IsUpper(name[i]))
                {
                    words.Append(' ');
                }

                words.Append(char.ToLowerInvariant(name[i]));
            }

            return words.ToString();
        }
    }
}
