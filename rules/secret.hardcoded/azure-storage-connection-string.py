import os
from azure.storage.blob import BlobServiceClient

# ruleid: azure-storage-connection-string
client = BlobServiceClient.from_connection_string("DefaultEndpointsProtocol=https;AccountName=media0h6o7h;AccountKey=21Aqj6pPln1C134pN37xEt881kbUz3udXNQl7SzKiJ6Zslt2Ep6iWxlriBcCs1aWubggdC2Y9xszCykvv02VAb==;EndpointSuffix=core.windows.net")
# ok: azure-storage-connection-string
client = BlobServiceClient.from_connection_string(os.environ["AZURE_STORAGE_CONNECTION_STRING"])
# ok: azure-storage-connection-string
TEMPLATE = "DefaultEndpointsProtocol=https;AccountName=<name>;AccountKey=<key>;EndpointSuffix=core.windows.net"
