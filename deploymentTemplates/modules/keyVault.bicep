// The bot's secrets, in a Key Vault the web app reads with its own identity through Key Vault references: the
// app registration's client secret (SingleTenant bots) from the template, and the Direct Line secret, which the
// deployment guide stores after the bot exists. Neither appears in an app setting, the portal or deployment history.

param location string
param vaultName string

@description('Whether to store an app registration\'s client secret (SingleTenant bots); a managed identity has none.')
param storesAppPassword bool

@description('The app registration\'s client secret, when it is stored.')
@secure()
param appPassword string

@description('Name of the secret that holds the app registration\'s client secret.')
param appPasswordSecretName string

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access by Azure roles only (the web app reads secrets, the deploying admin writes them); no access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (storesAppPassword) {
  parent: vault
  name: appPasswordSecretName
  properties: {
    value: appPassword
    contentType: 'Client secret of the bot\'s Entra app registration'
  }
}

output vaultName string = vault.name

@description('The vault\'s address, ending in "/": a secret\'s reference is <vaultUri>secrets/<name>.')
output vaultUri string = vault.properties.vaultUri
