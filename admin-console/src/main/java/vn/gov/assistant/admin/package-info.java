/** The staff console and its REST API; built out by the admin-console work. */
package vn.gov.assistant.admin;
