// BackStrength in Azure: the bot's web app, its Azure Bot registration (Teams + Direct Line channels), the
// blob storage that keeps conversation state and the Key Vault that keeps its secrets. docs/deployment.md walks
// through deploying it with `az`.
// Only built-in resource types are used, so the template builds and lints offline.

@description('Short lowercase prefix for resource names, e.g. "backstrength".')
@minLength(3)
@maxLength(12)
param baseName string = 'backstrength'

@description('Region for the web app and storage. The bot registration itself is global.')
param location string = resourceGroup().location

@description('''How the bot proves its identity to the Bot Framework. UserAssignedMSI: a managed identity created here,
no secret to manage (Azure only). SingleTenant: an Entra app registration you created, with its client secret.''')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param microsoftAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the application (client) id of your Entra app registration.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of that app registration.')
@secure()
param microsoftAppPassword string = ''

@description('Entra tenant of the bot identity.')
param microsoftAppTenantId string = tenant().tenantId

@description('Entra tenant whose Teams users may talk to the bot; Teams messages from any other tenant are refused (403). Empty allows every tenant.')
param allowedTeamsTenantId string = microsoftAppTenantId

@description('App Service plan size. B1 is the smallest Linux plan that supports Always On.')
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier: F0 is free with limits on premium channels, S1 is standard.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Days App Service keeps the bot\'s console and HTTP logs on its own file system (they hold ids and timings, never what people type).')
@minValue(1)
@maxValue(30)
param appLogRetentionDays int = 7

@description('Resource id of an existing Log Analytics workspace that should receive the app and blob access logs; empty sends them nowhere else.')
param logAnalyticsWorkspaceId string = ''

var suffix = uniqueString(resourceGroup().id, baseName)
var webAppName = '${baseName}-${suffix}'
var botName = '${baseName}-bot-${suffix}'
// Storage account names allow only 3-24 lowercase letters and digits.
var storageAccountName = take('${toLower(replace(baseName, '-', ''))}${suffix}', 24)
var stateContainerName = 'botstate'
// Key Vault names allow 3-24 letters, digits and single hyphens.
var keyVaultName = take('${toLower(replace(baseName, '-', ''))}kv${suffix}', 24)
var appPasswordSecretName = 'MicrosoftAppPassword'
var usesManagedIdentity = microsoftAppType == 'UserAssignedMSI'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = if (usesManagedIdentity) {
  name: '${baseName}-bot-identity-${suffix}'
  location: location
}

var botAppId = usesManagedIdentity ? botIdentity!.properties.clientId : microsoftAppId

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    storageAccountName: storageAccountName
    containerName: stateContainerName
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    vaultName: keyVaultName
    storesAppPassword: !usesManagedIdentity
    appPassword: usesManagedIdentity ? '' : microsoftAppPassword
    appPasswordSecretName: appPasswordSecretName
  }
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    webAppName: webAppName
    planSku: appServicePlanSku
    botIdentityResourceId: usesManagedIdentity ? botIdentity.id : ''
    microsoftAppType: microsoftAppType
    microsoftAppId: botAppId
    appPasswordSecretUri: usesManagedIdentity ? '' : '${keyVault.outputs.vaultUri}secrets/${appPasswordSecretName}'
    microsoftAppTenantId: microsoftAppTenantId
    allowedTeamsTenantId: allowedTeamsTenantId
    stateAccountUri: storage.outputs.blobEndpoint
    stateContainerName: stateContainerName
    logRetentionDays: appLogRetentionDays
    logAnalyticsWorkspaceId: logAnalyticsWorkspaceId
  }
}

module stateAccess 'modules/storageRoleAssignment.bicep' = {
  name: 'stateAccess'
  params: {
    storageAccountName: storage.outputs.storageAccountName
    principalId: webApp.outputs.principalId
  }
}

module secretsAccess 'modules/keyVaultRoleAssignment.bicep' = {
  name: 'secretsAccess'
  params: {
    vaultName: keyVault.outputs.vaultName
    principalId: webApp.outputs.principalId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: botName
    sku: botSku
    messagingEndpoint: 'https://${webApp.outputs.hostName}/api/messages'
    microsoftAppType: microsoftAppType
    microsoftAppId: botAppId
    microsoftAppTenantId: microsoftAppTenantId
    botIdentityResourceId: usesManagedIdentity ? botIdentity.id : ''
  }
}

@description('Name of the web app, for `az webapp deploy` and `az webapp config appsettings set`.')
output webAppName string = webAppName

@description('Host name of the web app: the Teams package build takes it as --domain.')
output webAppHostName string = webApp.outputs.hostName

@description('The endpoint the Azure Bot sends activities to.')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('Name of the Azure Bot resource, for `az bot directline show`.')
output botName string = botName

@description('The bot\'s Microsoft App ID: the Teams package build takes it as --app-id.')
output microsoftAppId string = botAppId

@description('Client id of the bot\'s user-assigned managed identity (empty for SingleTenant).')
output botIdentityClientId string = usesManagedIdentity ? botIdentity!.properties.clientId : ''

@description('Storage account holding the conversation state.')
output storageAccountName string = storage.outputs.storageAccountName

@description('Key Vault holding the bot\'s secrets: the deployment guide stores the Direct Line secret there.')
output keyVaultName string = keyVault.outputs.vaultName
