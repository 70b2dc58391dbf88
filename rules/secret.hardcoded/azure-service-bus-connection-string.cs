// ruleid: azure-service-bus-connection-string
var client = new ServiceBusClient("Endpoint=sb://events-udw46e.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=T5W8ky7wWsz7L6dsTb6IMwOR96bEJUt6tMBT2XwjHjM=;EntityPath=orders");
// ok: azure-service-bus-connection-string
var client2 = new ServiceBusClient(Environment.GetEnvironmentVariable("SERVICEBUS_CONNECTION_STRING"));
