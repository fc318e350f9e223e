package org.luoshi.organisation;

/**
 * A region as other modules see it: a province, or a city or county within one.
 *
 * @param id the region
 * @param name its full name (吉林省, 延边朝鲜族自治州)
 * @param shortName the form used before 政府 (吉林, 延边州)
 * @param level province, city or county
 * @param parentId the province a city belongs to; null for a province
 */
public record RegionRef(long id, String name, String shortName, String level, Long parentId) {

}
