/** Staff accounts, roles and the audit of staff actions. */
package vn.gov.assistant.core.staff;
