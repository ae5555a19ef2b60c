/**
 * The situation module: a municipality's situation picture (lägesbild, law 2023:196 § 4) in numbered, dated
 * versions, each adopted and then frozen; its problems with sources, analysis of causes and indicators; and which
 * activities address which problem. Tables {@code SIT_*}.
 */
package se.samspar.situation;
