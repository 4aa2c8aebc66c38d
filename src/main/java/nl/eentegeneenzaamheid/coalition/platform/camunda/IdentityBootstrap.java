package nl.eentegeneenzaamheid.coalition.platform.camunda;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.eentegeneenzaamheid.coalition.municipality.Municipalities;
import nl.eentegeneenzaamheid.coalition.municipality.Municipality;
import nl.eentegeneenzaamheid.coalition.platform.TextBundle;
import nl.eentegeneenzaamheid.coalition.platform.security.Groups;
import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityScope;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes sure, at every start and in every environment, that the programme's groups exist with the permissions their
 * work needs and that Tasklist has its shared filters. Adds what is missing; never removes what staff changed.
 */
@Component
public class IdentityBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    /** The names staff read: {@code messages/tasklist.properties}. */
    private static final TextBundle TASKLIST = new TextBundle("messages/tasklist");

    public static final String FILTER_MY_GROUPS = TASKLIST.text("filter.my-groups.name");
    public static final String FILTER_MINE = TASKLIST.text("filter.mine.name");
    public static final String FILTER_OVERDUE = TASKLIST.text("filter.overdue.name");

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final Municipalities municipalities;

    IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                      FilterService filterService, TaskService taskService, Municipalities municipalities) {
        this.municipalities = municipalities;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureGroups();
        // Camunda's administrators may do everything, as the webapps' own first-admin set-up grants: operate
        // Cockpit (retry a failed seal job, resolve an incident), manage users, groups and authorizations
        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        for (String group : List.of(Groups.STAFF, Groups.ADVISORS)) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
            grant(group, Resources.USER, "*", Permissions.READ);
            grant(group, Resources.GROUP, "*", Permissions.READ);
        }
        // staff and the central team's advisers plan aldermen's meetings from Tasklist's start form, as the API lets
        // them
        for (String group : List.of(Groups.STAFF, Groups.ADVISORS)) {
            grant(group, Resources.PROCESS_DEFINITION, "aldermen-meeting", Permissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
        grant(Groups.ADVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.ADVISORS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(Groups.ADVISORS, Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE);
        filter(FILTER_MY_GROUPS, -10, TASKLIST.text("filter.my-groups.description"),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        filter(FILTER_MINE, -9, TASKLIST.text("filter.mine.description"),
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        filter(FILTER_OVERDUE, -8, TASKLIST.text("filter.overdue.description"),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    /** Creates the programme's groups that do not exist yet. */
    public void ensureGroups() {
        group(Groups.STAFF, TASKLIST.text("group.staff"), "WORKFLOW");
        group(Groups.ADVISORS, TASKLIST.text("group.advisors"), "WORKFLOW");
        group(Groups.ADMINS, TASKLIST.text("group.admins"), "SYSTEM");
        group(Groups.API_CLIENTS, TASKLIST.text("group.api-clients"), "SYSTEM");
        group(Groups.AUDITORS, TASKLIST.text("group.auditors"), "SYSTEM");
        // Camunda's own: while it has no member, the webapps offer to create the first administrator
        group(Groups.CAMUNDA_ADMIN, TASKLIST.text("group.camunda-admin"), "SYSTEM");
        // an API client acts for the municipalities whose group it is a member of, or for all (MunicipalityScope)
        group(MunicipalityScope.ALL, TASKLIST.text("group.all-municipalities"), "MUNICIPALITY");
        java.util.Set<String> existing = new java.util.HashSet<>();
        identityService.createGroupQuery().groupType("MUNICIPALITY").list().forEach(g -> existing.add(g.getId()));
        for (Municipality municipality : municipalities.all()) {
            String id = MunicipalityScope.groupOf(municipality.code());
            if (!existing.contains(id)) {
                Group group = identityService.newGroup(id);
                group.setName(TASKLIST.text("group.municipality", Map.of("municipality", municipality.name())));
                group.setType("MUNICIPALITY");
                identityService.saveGroup(group);
            }
        }
    }

    private void group(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            log.info("Created group {}", id);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission permission) {
        // one grant per group and resource; its permissions accumulate
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }

    private void filter(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("refresh", true);
            filter = filterService.newTaskFilter(name).setOwner("admin").setProperties(properties).setQuery(query);
            filterService.saveFilter(filter);
            log.info("Created Tasklist filter '{}'", name);
        }
        for (String group : Groups.PROGRAMME) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
