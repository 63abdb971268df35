@description('Azure SQL logical server name.')
param serverName string

@description('Database name.')
param databaseName string

param location string
param tags object

@description('Object id of the Entra principal that administers the server (the deploying user, a group, or a pipeline identity).')
@minLength(36)
@maxLength(36)
param administratorObjectId string

@description('Display name recorded for the Entra administrator.')
param administratorLogin string

@allowed([ 'User', 'Group', 'Application' ])
param administratorPrincipalType string

type databaseSkuType = {
  name: string
  tier: string
  capacity: int?
}

@description('Database SKU. S1 is enough for a first tenant; Hangfire polls continuously, so a serverless tier would never pause.')
param databaseSku databaseSkuType = {
  name: 'S1'
  tier: 'Standard'
}

resource server 'Microsoft.Sql/servers@2023-08-01' = {
  name: serverName
  location: location
  tags: tags
  properties: {
    version: '12.0'
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    // Entra-only: no SQL login or password exists, so none can leak; the app signs in with its managed identity.
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: administratorLogin
      sid: administratorObjectId
      principalType: administratorPrincipalType
      tenantId: tenant().tenantId
    }
  }
}

resource database 'Microsoft.Sql/servers/databases@2023-08-01' = {
  parent: server
  name: databaseName
  location: location
  tags: tags
  sku: databaseSku
  properties: {
    collation: 'SQL_Latin1_General_CP1_CI_AS'
  }
}

// 0.0.0.0 is the documented marker for "allow Azure services": App Service without VNet integration has no fixed outbound address range to list.
resource allowAzureServices 'Microsoft.Sql/servers/firewallRules@2023-08-01' = {
  parent: server
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

output serverName string = server.name
output serverFqdn string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
