using System.IO;
using System.Text;
using PolicyRef.Export;

namespace PolicyRef.Cli
{
    /// <summary>
    /// The tool's stdout and stderr: every control character other than the line feed and tab the tool itself writes,
    /// every bidirectional control and every lone surrogate is shown as <c>&lt;U+XXXX&gt;</c> (see
    /// <see cref="VisibleText"/>), whatever path it came by — data, a file name, an argument echoed in a message — so
    /// that nothing printed can drive the terminal. Fields from data are also escaped where they are written, so that a
    /// line break inside one cannot forge a line.
    /// </summary>
    internal sealed class VisibleTextWriter : TextWriter
    {
        private readonly TextWriter inner;
        private char pendingHigh;

        public VisibleTextWriter(TextWriter inner)
            : base(inner.FormatProvider)
        {
            this.inner = inner;
            CoreNewLine = new[] { '\n' };
        }

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            // One write to the inner writer per call: the console flushes after each.
            var text = new StringBuilder(value!.Length + 8);
            var i = 0;
            if (pendingHigh != '\0')
            {
                if (char.IsLowSurrogate(value[0]))
                {
                    text.Append(pendingHigh).Append(value[0]);
                    i = 1;
                }
                else
                {
                    text.Append(VisibleText.Escape(pendingHigh.ToString()));
                }

                pendingHigh = '\0';
            }

            for (; i < value.Length; i++)
            {
                var c = value[i];
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 == value.Length)
                    {
                        pendingHigh = c;
                    }
                    else if (char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        text.Append(VisibleText.Escape(c.ToString()));
                    }
                }
                else if (c == '\n' || c == '\t' || !(VisibleText.IsUnsafe(c) || char.IsLowSurrogate(c)))
                {
                    text.Append(c);
                }
                else
                {
                    text.Append(VisibleText.Escape(c.ToString()));
                }
            }

            inner.Write(text.ToString());
        }

        public override void WriteLine(string? value) => Write((value ?? string.Empty) + "\n");

        public override void Flush()
        {
            if (pendingHigh != '\0')
            {
                inner.Write(VisibleText.Escape(pendingHigh.ToString()));
                pendingHigh = '\0';
            }

            inner.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Flush();
            }

            base.Dispose(disposing);
        }
    }
}
