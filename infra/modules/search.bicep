@description('Azure AI Search service name.')
param name string

param location string
param tags object

@allowed([ 'basic', 'standard', 'standard2', 'standard3' ])
param sku string = 'basic'

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: sku }
  properties: {
    replicaCount: 1
    partitionCount: 1
    hostingMode: 'Default'
    // RBAC only (see docs/deployment.md): no admin or query key exists that could leak; authOptions must then be omitted.
    disableLocalAuth: true
    publicNetworkAccess: 'enabled'
  }
}

output name string = search.name
// The management API returns no data-plane endpoint in every API version; this host name is the documented public-cloud form.
output endpoint string = 'https://${search.name}.search.windows.net'
