package org.luoshi.security;

import org.luoshi.common.Audited;
import org.luoshi.common.Vocabulary;

/** A personal access token was created or revoked: recorded in the audit log. */
@Vocabulary("the audit summary is recorded once, in the office's language, and kept as written")
public record ApiTokenChanged(long tokenId, String owner, String name, boolean created,
		String actor) implements Audited {

	@Override
	public String action() {
		return this.created ? "security.token-created" : "security.token-revoked";
	}

	@Override
	public String subject() {
		return "api-token:" + this.tokenId;
	}

	@Override
	public String summary() {
		return (this.created ? "创建" : "吊销") + " " + this.owner + " 的访问令牌“" + this.name + "”";
	}

}
