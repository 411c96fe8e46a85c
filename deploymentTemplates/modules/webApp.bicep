// The Linux App Service plan and the web app that runs the bot on .NET 10.

param location string
param webAppName string
param planSku string

@description('Resource id of the bot\'s user-assigned identity, or empty when the bot uses an app registration.')
param botIdentityResourceId string

param microsoftAppType string
param microsoftAppId string

@description('Key Vault address of the app registration\'s client secret; unused when the bot has a managed identity.')
param appPasswordSecretUri string

param microsoftAppTenantId string

@description('The only Entra tenant whose Teams users may use the bot, or empty for any.')
param allowedTeamsTenantId string
param stateAccountUri string
param stateContainerName string

@description('Days App Service keeps the app\'s console and HTTP logs on its file system.')
param logRetentionDays int

@description('Resource id of a Log Analytics workspace that receives the app\'s logs, or empty for none.')
param logAnalyticsWorkspaceId string

var usesBotIdentity = !empty(botIdentityResourceId)

// Names follow ASP.NET Core's environment-variable convention: "__" separates configuration sections.
var commonSettings = [
  { name: 'MicrosoftAppType', value: microsoftAppType }
  { name: 'MicrosoftAppId', value: microsoftAppId }
  { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
  { name: 'Storage__Provider', value: 'AzureBlob' }
  { name: 'Storage__AzureBlob__AccountUri', value: stateAccountUri }
  { name: 'Storage__AzureBlob__Container', value: stateContainerName }
]
// Teams delivers a bot's messages from any organisation that installs its app package; this keeps it to one.
var tenantSettings = empty(allowedTeamsTenantId) ? [] : [{ name: 'Messages__AllowedTenantIds__0', value: allowedTeamsTenantId }]
// A managed identity needs no secret; an app registration's password is read from Key Vault with the app's own identity.
var secretSettings = usesBotIdentity ? [] : [{ name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${appPasswordSecretUri})' }]

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${webAppName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  // The system-assigned identity reads and writes bot state; the user-assigned one (MSI bots) is the bot itself.
  // Written inline so the user-assigned key is only evaluated when there is one.
  identity: usesBotIdentity
    ? {
        type: 'SystemAssigned, UserAssigned'
        userAssignedIdentities: {
          '${botIdentityResourceId}': {}
        }
      }
    : {
        type: 'SystemAssigned'
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      remoteDebuggingEnabled: false
      healthCheckPath: '/healthz'
      appSettings: concat(commonSettings, tenantSettings, secretSettings)
    }
  }
}

// Deployment goes through Entra sign-in (`az webapp deploy`); user name and password publishing stays off.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// The container's console output (the bot's own logs: ids and timings, never what people type) and the HTTP
// access log, kept on the app's file system for the log stream and troubleshooting, then deleted.
resource logs 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'logs'
  properties: {
    httpLogs: {
      fileSystem: {
        enabled: true
        retentionInDays: logRetentionDays
        retentionInMb: 35
      }
    }
    detailedErrorMessages: {
      enabled: false
    }
    failedRequestsTracing: {
      enabled: false
    }
  }
}

resource appLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(logAnalyticsWorkspaceId)) {
  name: 'app-logs-to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
      { category: 'AppServiceAuditLogs', enabled: true }
    ]
  }
}

output hostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
