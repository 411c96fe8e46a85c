// The Azure Bot registration: who the bot is, where its messages go, and the channels it is reachable on.

param botName string
param sku string
param messagingEndpoint string
param microsoftAppType string
param microsoftAppId string
param microsoftAppTenantId string

@description('Resource id of the bot\'s user-assigned identity, or empty when the bot uses an app registration.')
param botIdentityResourceId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: 'BackStrength'
    description: 'A coach for short back-strengthening exercise sessions at work.'
    endpoint: messagingEndpoint
    msaAppType: microsoftAppType
    msaAppId: microsoftAppId
    msaAppTenantId: microsoftAppTenantId
    msaAppMSIResourceId: empty(botIdentityResourceId) ? null : botIdentityResourceId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Web chat talks to the bot through Direct Line: the bot's server trades the site's secret for short-lived
// tokens (POST /api/directline/token), so the secret never reaches a browser.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
