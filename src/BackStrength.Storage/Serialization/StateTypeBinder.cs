using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace BackStrength.Storage.Serialization;

/// <summary>
/// Decides which .NET types a stored document may name in "$type". Only the bot's own types, the Bot Framework's,
/// JSON tokens, and plain values and collections of the base library are created; anything else is refused,
/// so a tampered store cannot make the bot instantiate arbitrary classes. The state dictionary BotState keeps
/// every value in is written under a short alias: its full name was a quarter of a small document.
/// </summary>
internal sealed partial class StateTypeBinder : ISerializationBinder
{
    private const string StateDictionaryAlias = "state";

    private static readonly Type StateDictionary = typeof(Dictionary<string, object>);
    private static readonly Assembly BaseLibrary = typeof(object).Assembly;
    private static readonly Assembly Json = typeof(JsonConvert).Assembly;
    private static readonly string[] AllowedAssemblyPrefixes = ["BackStrength.", "Microsoft.Bot."];
    private static readonly string[] AllowedBaseNamespaces = ["System", "System.Collections.Generic", "System.Collections.ObjectModel"];
    private static readonly string BaseLibraryName = BaseLibrary.GetName().Name!;
    private static readonly string JsonName = Json.GetName().Name!;

    // Checking a name costs more than reading the value it labels, and every turn reads the same few names; a
    // stored document can only add allowed names, and the cap keeps even those from growing without bound.
    private const int MaxRememberedTypes = 512;

    private readonly DefaultSerializationBinder _names = new();
    private readonly ConcurrentDictionary<(string AssemblyName, string TypeName), Type> _allowed = new();
    private readonly ConcurrentDictionary<Type, string> _storedNames = new();

    /// <summary>
    /// The whole name as stored, in one piece (no assembly part): the state dictionary's alias, or the type's name
    /// with its assemblies' short names, as Json.NET's "Simple" format writes it. Built once per type.
    /// </summary>
    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = serializedType == StateDictionary ? StateDictionaryAlias : _storedNames.GetOrAdd(serializedType, StoredName);
    }

    private static string StoredName(Type type) =>
        AssemblyDetails().Replace(type.AssemblyQualifiedName ?? type.FullName ?? type.Name, string.Empty);

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName is null && typeName == StateDictionaryAlias)
        {
            return StateDictionary;
        }

        if (assemblyName is null)
        {
            throw Refused(typeName);
        }

        if (_allowed.TryGetValue((assemblyName, typeName), out var known))
        {
            return known;
        }

        // Every assembly the name mentions, generic arguments included, is checked as text first, so a refused
        // document does not even get an assembly loaded; the resolved type is checked again below.
        if (!NamesOnlyAllowedAssemblies($"{typeName}, {assemblyName}") || _names.BindToType(assemblyName, typeName) is not { } type || !IsAllowed(type))
        {
            throw Refused(typeName);
        }

        if (_allowed.Count < MaxRememberedTypes)
        {
            _allowed.TryAdd((assemblyName, typeName), type);
        }

        return type;
    }

    private static JsonSerializationException Refused(string typeName) =>
        new($"A stored state document names the type '{typeName}', which state may not contain.");

    private static bool NamesOnlyAllowedAssemblies(string assemblyQualifiedName) =>
        TypeName.TryParse(assemblyQualifiedName, out var parsed) && NamesOnlyAllowedAssemblies(parsed);

    private static bool NamesOnlyAllowedAssemblies(TypeName name) =>
        name.IsConstructedGenericType
            ? NamesOnlyAllowedAssemblies(name.GetGenericTypeDefinition()) && name.GetGenericArguments().All(NamesOnlyAllowedAssemblies)
            : name.IsArray || name.IsPointer || name.IsByRef
                ? NamesOnlyAllowedAssemblies(name.GetElementType())
                : name.AssemblyName?.Name is { } assembly && IsAllowedAssembly(assembly);

    private static bool IsAllowedAssembly(string name) =>
        name == BaseLibraryName || name == "mscorlib" || name == JsonName
        || AllowedAssemblyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));

    private static bool IsAllowed(Type type)
    {
        if (type.HasElementType)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.GetGenericArguments().All(IsAllowed))
        {
            return false;
        }

        var assembly = type.Assembly;
        if (assembly == BaseLibrary)
        {
            return AllowedBaseNamespaces.Contains(type.Namespace) && !typeof(Delegate).IsAssignableFrom(type) && !typeof(MemberInfo).IsAssignableFrom(type);
        }

        return assembly == Json ? type.Namespace == "Newtonsoft.Json.Linq" : IsAllowedAssembly(assembly.GetName().Name!);
    }

    /// <summary>The version, culture and key of each assembly in an assembly-qualified name.</summary>
    [GeneratedRegex(@", (Version|Culture|PublicKeyToken)=[^,\]]*")]
    private static partial Regex AssemblyDetails();
}
