targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for every resource.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying principal (azd sets AZURE_PRINCIPAL_ID). It becomes the Entra administrator of Azure SQL.')
param principalId string = ''

@description('Entra object id of the Azure SQL administrator; empty means the deploying principal. Prefer a group in production.')
param sqlAdminObjectId string = ''

@description('Display name recorded for the Azure SQL Entra administrator.')
param sqlAdminLogin string = 'azd-deployer'

@allowed([ 'User', 'Group', 'Application' ])
param sqlAdminPrincipalType string = 'User'

@description('Application (client) id of the Entra app registration; the postprovision hook creates it and stores it in AZURE_AD_CLIENT_ID.')
param azureAdClientId string = ''

@minLength(1)
@description('SMTP relay for invitations and reminders; the platform refuses to start in Azure without one.')
param smtpHost string

param smtpPort int = 587

@description('SMTP user name; empty for a relay that needs no authentication. Its password is the Key Vault secret "smtp-password".')
param smtpUserName string = ''

@description('Sender address; the relay must be allowed to send as this address.')
param mailFrom string = 'ImplementAll Platform <no-reply@implementall.local>'

@description('App Service instance count.')
@minValue(1)
param webInstanceCount int = 2

var tags = { 'azd-env-name': environmentName }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var sqlAdministratorObjectId = empty(sqlAdminObjectId) ? principalId : sqlAdminObjectId

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
  }
}

module search 'modules/search.bicep' = {
  name: 'search'
  scope: rg
  params: {
    name: 'srch-${resourceToken}'
    location: location
    tags: tags
  }
}

module sql 'modules/sql.bicep' = {
  name: 'sql'
  scope: rg
  params: {
    serverName: 'sql-${resourceToken}'
    databaseName: 'implementall'
    location: location
    tags: tags
    administratorObjectId: sqlAdministratorObjectId
    administratorLogin: sqlAdminLogin
    administratorPrincipalType: sqlAdminPrincipalType
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  scope: rg
  params: {
    planName: 'plan-${resourceToken}'
    name: 'app-${resourceToken}'
    location: location
    tags: tags
    instanceCount: webInstanceCount
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsWorkspaceId
    sqlServerFqdn: sql.outputs.serverFqdn
    sqlDatabaseName: sql.outputs.databaseName
    blobEndpoint: storage.outputs.blobEndpoint
    dataProtectionContainerName: storage.outputs.dataProtectionContainerName
    searchEndpoint: search.outputs.endpoint
    dataProtectionKeyUri: keyVault.outputs.dataProtectionKeyUri
    azureAdClientId: azureAdClientId
    keyVaultName: keyVault.outputs.name
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUserName: smtpUserName
    mailFrom: mailFrom
  }
}

module webAccess 'modules/web-access.bicep' = {
  name: 'web-access'
  scope: rg
  params: {
    principalId: web.outputs.principalId
    storageAccountName: storage.outputs.name
    searchServiceName: search.outputs.name
    keyVaultName: keyVault.outputs.name
    readsSmtpPassword: !empty(smtpUserName)
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output SERVICE_WEB_NAME string = web.outputs.name
output SERVICE_WEB_URI string = web.outputs.uri
output AZURE_SQL_SERVER_NAME string = sql.outputs.serverName
output AZURE_SQL_SERVER_FQDN string = sql.outputs.serverFqdn
output AZURE_SQL_DATABASE_NAME string = sql.outputs.databaseName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_SEARCH_NAME string = search.outputs.name
output AZURE_SEARCH_ENDPOINT string = search.outputs.endpoint
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.endpoint
output AZURE_DATA_PROTECTION_KEY_URI string = keyVault.outputs.dataProtectionKeyUri
