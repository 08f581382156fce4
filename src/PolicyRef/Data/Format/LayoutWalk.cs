using System;
using System.Collections.Generic;

namespace PolicyRef.Data.Format
{
    /// <summary>
    /// Follows a writer through the layout of the entities it writes, field by field, and throws when it skips, repeats or
    /// reorders a field: a writer that is not positional (the snapshot) thereby still follows <see cref="DataFormat"/>.
    /// </summary>
    internal sealed class LayoutWalk
    {
        private readonly Stack<(DataEntity Entity, int Next)> open = new Stack<(DataEntity, int)>();

        public void Begin(DataEntity entity) => open.Push((entity, 0));

        public void Next(DataField field)
        {
            var (entity, next) = open.Pop();
            if (next >= entity.Fields.Length || entity.Fields[next] != field)
            {
                throw new InvalidOperationException($"{entity.Description}: wrote '{field.Name}' where the layout has '{(next < entity.Fields.Length ? entity.Fields[next].Name : "nothing more")}'");
            }

            open.Push((entity, next + 1));
        }

        public void End()
        {
            var (entity, next) = open.Pop();
            if (next != entity.Fields.Length)
            {
                throw new InvalidOperationException($"{entity.Description}: '{entity.Fields[next].Name}' of the layout was not written");
            }
        }
    }
}
