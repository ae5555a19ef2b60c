package se.samspar.actionplan.api;

/** Enligt plan, Risk för avvikelse, Avvikelse. */
public enum TrafficLight {
    GREEN, YELLOW, RED
}
