@description('App Service plan name.')
param planName string

@description('Web app name; also the display name of its system-assigned managed identity.')
param name string

param location string
param tags object

@description('Plan SKU. P0v3 is the smallest Premium v3 size: enough memory for .NET 10, zone-capable, scales out.')
param planSku string = 'P0v3'

@description('Number of instances. Two or more keep the site up while one instance restarts or is patched.')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

param applicationInsightsName string
param logAnalyticsWorkspaceId string
param sqlServerFqdn string
param sqlDatabaseName string
param blobEndpoint string
param dataProtectionContainerName string
param searchEndpoint string
param dataProtectionKeyUri string

@description('Application (client) id of the multi-tenant Entra app registration; empty until the postprovision hook creates it.')
param azureAdClientId string = ''

@description('Vault holding the "smtp-password" secret, read through a Key Vault reference.')
param keyVaultName string

param smtpHost string
param smtpPort int
param smtpUserName string
param mailFrom string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    // Linux plans are "reserved" in the ARM model.
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Data-protection keys and sessions are shared through Blob Storage and SQL, so any instance can serve any request.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Instances failing readiness are taken out of the load balancer rotation.
      healthCheckPath: '/health/ready'
      // Endpoints and identifiers only: every service is reached with the managed identity, so no key or password is stored here.
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'Platform__Face', value: 'Cloud' }
        {
          name: 'ConnectionStrings__Platform'
          value: 'Server=tcp:${sqlServerFqdn},1433;Database=${sqlDatabaseName};Authentication=Active Directory Default;Encrypt=True;TrustServerCertificate=False'
        }
        { name: 'Blobs__ServiceUri', value: blobEndpoint }
        { name: 'Search__Endpoint', value: searchEndpoint }
        { name: 'DataProtection__BlobUri', value: '${blobEndpoint}${dataProtectionContainerName}/keys.xml' }
        { name: 'DataProtection__KeyVaultKeyUri', value: dataProtectionKeyUri }
        { name: 'AzureAd__Instance', value: environment().authentication.loginEndpoint }
        { name: 'AzureAd__TenantId', value: 'organizations' }
        { name: 'AzureAd__ClientId', value: azureAdClientId }
        // An ingestion connection string identifies where telemetry goes; Microsoft documents it as not a secret.
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
        { name: 'OpenTelemetry__Exporter', value: 'AzureMonitor' }
        { name: 'Mail__SmtpHost', value: smtpHost }
        { name: 'Mail__SmtpPort', value: string(smtpPort) }
        { name: 'Mail__From', value: mailFrom }
        { name: 'Mail__SmtpUserName', value: smtpUserName }
        // A Key Vault reference that App Service resolves with the app's identity: the password never appears in settings or templates.
        {
          name: 'Mail__SmtpPassword'
          value: empty(smtpUserName) ? '' : '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=smtp-password)'
        }
        // azd publishes the .NET app locally and uploads the output; building again on the server would only slow deploys.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

// azd deploys with an Entra token, so the basic-auth publishing credentials (a long-lived password) are switched off.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostName}'
output principalId string = site.identity.principalId
