using System.Runtime.InteropServices;

namespace PyStats.Rendering.Html;

/// <summary>
/// The items of a model list as a span, for the loops that visit every cell of a page (tens of
/// thousands): through <see cref="IReadOnlyList{T}"/> each step is two interface calls.
/// The model's lists are arrays or <see cref="List{T}"/>; any other list is copied.
/// </summary>
internal static class ListSpan
{
    public static ReadOnlySpan<T> Of<T>(IReadOnlyList<T> list) => list switch
    {
        T[] array => array,
        List<T> items => CollectionsMarshal.AsSpan(items),
        _ => list.ToArray(),
    };
}
