/**
 * The local receiver for the orchestrator's webhook events: {@link dev.civkit.webhook.WebhookReceiver}
 * listens on loopback, drops repeated deliveries and lets {@code await()} end the moment a workflow's last
 * event arrives. A user writes {@code callback(receiver.url(), "workflow:*")} on a workflow, against the
 * sandbox or a tunnel in front of it.
 */
package dev.civkit.webhook;
