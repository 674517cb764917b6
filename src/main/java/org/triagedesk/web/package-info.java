/**
 * The pages (JSF with PrimeFaces), one package per audience as in {@code webapp/}: {@code selfcheck} (anyone),
 * {@code desk} (engineers), {@code maintain} (knowledge-base maintainers), {@code admin} (administrators), and the
 * shared pieces here (layout, language, texts, converters, sign-in). A page calls boundaries only and holds the
 * entities they return (see {@code ArchitectureTest.pagesUseBoundariesOnly}); it never uses the REST API.
 */
package org.triagedesk.web;
