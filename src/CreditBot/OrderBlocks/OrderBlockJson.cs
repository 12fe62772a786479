using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CreditBot.Domain;
using CreditBot.Domain.Orders;

namespace CreditBot.OrderBlocks;

/// <summary>
/// An <see cref="OrderBlock"/> as JSON: the stored form (engine-neutral, so a PostgreSQL engine keeps it as jsonb).
/// Block reasons keep their kind under <c>$kind</c> (their stable key); money is amount and currency code.
/// </summary>
public static class OrderBlockJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write(OrderBlock block) => JsonSerializer.Serialize(block, Options);

    public static OrderBlock Read(string json) =>
        JsonSerializer.Deserialize<OrderBlock>(json, Options) ?? throw new JsonException("An order block cannot be null.");

    private static JsonSerializerOptions Create()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type == typeof(BlockReason))
            {
                info.PolymorphismOptions = new JsonPolymorphismOptions
                {
                    TypeDiscriminatorPropertyName = "$kind",
                    DerivedTypes =
                    {
                        new JsonDerivedType(typeof(BlockReason.OverdueBeyondTolerance), "block.overdue"),
                        new JsonDerivedType(typeof(BlockReason.NoCreditLine), "block.no-credit-line"),
                        new JsonDerivedType(typeof(BlockReason.LimitNotYetValid), "block.limit-not-yet-valid"),
                        new JsonDerivedType(typeof(BlockReason.LimitExceeded), "block.limit-exceeded"),
                        new JsonDerivedType(typeof(BlockReason.ReviewDatePassed), "block.review-date-passed"),
                        new JsonDerivedType(typeof(BlockReason.ManualBlock), "block.manual"),
                    },
                };
            }
        });
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(), new CurrencyConverter() },
        };
        options.MakeReadOnly();
        return options;
    }

    private sealed class CurrencyConverter : JsonConverter<Currency>
    {
        public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(reader.GetString() ?? throw new JsonException("A currency code is required."));

        public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
    }
}
