/**
 * A service that breaks every rule of the package template on purpose (see {@code ServiceArchitectureTest}): each
 * class names the rule it breaks.
 */
package cn.beijing.platform.archfixture;
