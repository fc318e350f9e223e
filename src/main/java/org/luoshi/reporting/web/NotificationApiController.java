package org.luoshi.reporting.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.reporting.NotificationView;
import org.luoshi.reporting.Notifications;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The notifications of the signed-in user's organisation (or of the office). */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "notifications", description = "站内通知：报送开启、提醒、逾期、督办、退回")
class NotificationApiController {

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "The newest notifications, with whether the user has read each")
	List<NotificationView> mine() {
		return this.notifications.mine();
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark a notification read")
	ResponseEntity<Void> read(@PathVariable long id) {
		this.notifications.read(id);
		return ResponseEntity.noContent().build();
	}

}
