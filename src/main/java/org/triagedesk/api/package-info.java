/**
 * The REST API ({@code /api/v1}, described in {@code META-INF/openapi.yaml}): resources read and check the JSON,
 * call a context's boundary, and write the answer; errors are {@code application/problem+json} naming the field.
 * May use every context's boundary and entities, and the JSON writers of {@code cases.control}; used by nothing.
 */
package org.triagedesk.api;
