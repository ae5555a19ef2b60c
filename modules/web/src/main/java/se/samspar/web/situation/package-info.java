/**
 * Feature: a municipality's situation picture (lägesbild) in versions, its problems, and the activities that address
 * them.
 */
package se.samspar.web.situation;
