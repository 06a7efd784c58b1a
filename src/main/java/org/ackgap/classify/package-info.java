/**
 * Finds the topics a statement belongs to and decides its stance toward each claim (SPEC §2):
 * SPEC's term syntax matched in one pass for all topics, English and Russian cue rules, and a
 * small logistic model trained on the FNC-1 training split. Pure and thread-safe; see
 * docs/classifier.md. Also the FNC-1 tools: conversion, evaluation and training.
 */
package org.ackgap.classify;
