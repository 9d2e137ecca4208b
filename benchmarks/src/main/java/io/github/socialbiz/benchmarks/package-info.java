/**
 * JMH benchmarks of socialbiz: stage gates side by side with Easy Rules, full assessments, report
 * rendering, scaling with accounts, business units and evidence, and a portfolio on every core. See
 * {@code benchmarks/README.md}.
 */
@NullMarked
package io.github.socialbiz.benchmarks;

import org.jspecify.annotations.NullMarked;
