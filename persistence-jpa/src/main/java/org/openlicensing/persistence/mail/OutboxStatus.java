package org.openlicensing.persistence.mail;

/** Where an outbox message stands: waiting (or being tried), delivered, or given up. */
public enum OutboxStatus {
  PENDING,
  SENT,
  DEAD
}
