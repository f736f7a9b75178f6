// Standfirst preview: one event stream shared by every open tab (see live-reload.js).
// Note: this file goes through Maven resource filtering, so it must not contain a dollar-brace or an at-sign.
'use strict';
var ports = [];
var last = null;
var events = new EventSource('/__standfirst/events');
events.addEventListener('state', function (message) {
  last = message.data;
  ports.forEach(function (port) { port.postMessage(last); });
});
onconnect = function (connection) {
  var port = connection.ports[0];
  ports.push(port);
  port.onmessage = function () { ports = ports.filter(function (other) { return other !== port; }); };
  if (last !== null) port.postMessage(last);
};
