@description('Key Vault name (3-24 characters).')
param name string

param location string
param tags object

@description('Name of the RSA key that wraps the ASP.NET Core data-protection key ring.')
param dataProtectionKeyName string = 'dataprotection'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    // Azure RBAC, not access policies: access is granted by role assignments that CI can review.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Losing the wrapping key makes every protected cookie and token unreadable; purge protection prevents that by accident or malice.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource dataProtectionKey 'Microsoft.KeyVault/vaults/keys@2024-11-01' = {
  parent: vault
  name: dataProtectionKeyName
  tags: tags
  properties: {
    kty: 'RSA'
    keySize: 3072
    keyOps: [ 'wrapKey', 'unwrapKey' ]
  }
}

output name string = vault.name
output endpoint string = vault.properties.vaultUri
// Versionless: the app wraps with the newest version and unwraps with the version recorded in each key, so rotation needs no redeploy.
output dataProtectionKeyUri string = dataProtectionKey.properties.keyUri
