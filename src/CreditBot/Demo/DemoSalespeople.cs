namespace CreditBot.Demo;

/// <summary>The eight fake salespeople of the demo company: stable Entra object ids and UPNs.</summary>
public static class DemoSalespeople
{
    public static IReadOnlyList<DemoSalesperson> All { get; } =
    [
        new("camille.martin@contoso.example", "Camille Martin", "3f1c7a52-6b0e-4d2a-9c41-0a7e5b8d2f01"),
        new("julien.bernard@contoso.example", "Julien Bernard", "8a2d4e61-0c3f-4b7a-a152-1b8f6c9e3a02"),
        new("sophie.dubois@contoso.example", "Sophie Dubois", "c5e07b93-2d41-4f8c-b263-2c906dae4b03"),
        new("thomas.robert@contoso.example", "Thomas Robert", "1b9f3c04-4e52-4a9d-8374-3da17ebf5c04"),
        new("lea.richard@contoso.example", "Léa Richard", "6d4a8e15-5f63-4bae-9485-4eb28fc06d05"),
        new("hugo.petit@contoso.example", "Hugo Petit", "e2b7f926-6074-4cbf-a596-5fc39ad17e06"),
        new("chloe.durand@contoso.example", "Chloé Durand", "4c8e1a37-7185-4dc0-b6a7-60d4abe28f07"),
        new("antoine.leroy@contoso.example", "Antoine Leroy", "9e5b2c48-8296-4ed1-87b8-71e5bcf39a08"),
    ];
}

/// <summary>A demo salesperson: UPN, display name and Entra object id.</summary>
public sealed record DemoSalesperson(string Upn, string DisplayName, string ObjectId);
