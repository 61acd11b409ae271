import { graphql } from '@hearth/web/graphql';

export const GROUP_CARD_FIELDS = graphql(`
  fragment GroupCardFields on Group {
    id
    slug
    name
    description
    category
    visibility
    coverColor
    coverImageUrl
    archived
    memberCount
    viewerStatus
  }
`);

export const GROUPS = graphql(`
  query Groups($search: String, $category: GroupCategory, $after: String, $mine: Boolean) {
    groups(search: $search, category: $category, after: $after, first: 18, mine: $mine) {
      totalCount
      edges {
        node {
          ...GroupCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GROUP = graphql(`
  query Group($slug: String!) {
    group(slug: $slug) {
      ...GroupCardFields
      createdAt
      archivedAt
      postingPolicy
      postApproval
      membershipQuestions
      viewerRole
      viewerPermissions {
        canEdit
        canManageMembers
        canChangeRoles
        canInvite
        canArchive
        canPost
        canSeeContent
      }
    }
  }
`);

export const MY_GROUPS = graphql(`
  query MyGroups($after: String) {
    groups(mine: true, first: 48, after: $after) {
      totalCount
      edges {
        node {
          ...GroupCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MY_GROUP_INVITATIONS = graphql(`
  query MyGroupInvitations($after: String) {
    myGroupInvitations(first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          createdAt
          invitedBy {
            id
            displayName
          }
          group {
            ...GroupCardFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MY_JOIN_REQUESTS = graphql(`
  query MyJoinRequests($after: String) {
    myJoinRequests(first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          createdAt
          group {
            id
            slug
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CREATE_GROUP = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupCardFields
    }
  }
`);

export const UPDATE_GROUP = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      ...GroupCardFields
      postingPolicy
      postApproval
      membershipQuestions
    }
  }
`);

export const JOIN = graphql(`
  mutation JoinGroup($input: GroupIdInput!) {
    joinGroup(input: $input) {
      id
      viewerStatus
      viewerRole
      memberCount
    }
  }
`);

export const REQUEST = graphql(`
  mutation RequestToJoin($input: RequestToJoinGroupInput!) {
    requestToJoinGroup(input: $input) {
      id
      status
      group {
        id
        viewerStatus
      }
    }
  }
`);

export const CANCEL_REQUEST = graphql(`
  mutation CancelJoinRequest($input: GroupIdInput!) {
    cancelJoinRequest(input: $input) {
      id
      viewerStatus
    }
  }
`);

export const LEAVE = graphql(`
  mutation LeaveGroup($input: GroupIdInput!) {
    leaveGroup(input: $input) {
      id
      viewerStatus
      viewerRole
      memberCount
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptGroupInvitation($input: GroupInvitationIdInput!) {
    acceptGroupInvitation(input: $input) {
      id
      viewerStatus
      viewerRole
      memberCount
    }
  }
`);

export const DECLINE_INVITATION = graphql(`
  mutation DeclineGroupInvitation($input: GroupInvitationIdInput!) {
    declineGroupInvitation(input: $input) {
      id
      status
    }
  }
`);

export const MEMBERS = graphql(`
  query GroupMembers($id: ID!, $role: GroupRole, $after: String) {
    group(id: $id) {
      id
      members(first: 20, role: $role, after: $after) {
        totalCount
        edges {
          node {
            id
            role
            user {
              id
              displayName
              title
              initials
              avatarUrl
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const REQUESTS = graphql(`
  query GroupJoinRequests($id: ID!, $after: String) {
    group(id: $id) {
      id
      joinRequests(first: 50, after: $after) {
        totalCount
        edges {
          node {
            id
            createdAt
            answers {
              question
              answer
            }
            user {
              id
              displayName
              title
              initials
              avatarUrl
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const INVITATIONS = graphql(`
  query GroupInvitations($id: ID!, $after: String) {
    group(id: $id) {
      id
      invitations(first: 50, after: $after) {
        totalCount
        edges {
          node {
            id
            createdAt
            user {
              id
              displayName
            }
            invitedBy {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const BANS = graphql(`
  query GroupBans($id: ID!, $after: String) {
    group(id: $id) {
      id
      bans(first: 50, after: $after) {
        totalCount
        edges {
          node {
            reason
            createdAt
            user {
              id
              displayName
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const DECIDE_APPROVE = graphql(`
  mutation ApproveJoinRequest($input: JoinRequestIdInput!) {
    approveJoinRequest(input: $input) {
      id
      status
    }
  }
`);

export const DECIDE_DECLINE = graphql(`
  mutation DeclineJoinRequest($input: JoinRequestIdInput!) {
    declineJoinRequest(input: $input) {
      id
      status
    }
  }
`);

export const INVITE = graphql(`
  mutation InviteToGroup($input: InviteToGroupInput!) {
    inviteToGroup(input: $input) {
      id
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeGroupInvitation($input: GroupInvitationIdInput!) {
    revokeGroupInvitation(input: $input) {
      id
      status
    }
  }
`);

export const CHANGE_ROLE = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const REMOVE = graphql(`
  mutation RemoveMember($input: GroupMemberInput!) {
    removeMember(input: $input) {
      id
      memberCount
    }
  }
`);

export const BAN = graphql(`
  mutation BanMember($input: BanMemberInput!) {
    banMember(input: $input) {
      id
      memberCount
    }
  }
`);

export const UNBAN = graphql(`
  mutation UnbanMember($input: GroupMemberInput!) {
    unbanMember(input: $input) {
      id
    }
  }
`);

export const TRANSFER = graphql(`
  mutation TransferOwnership($input: GroupMemberInput!) {
    transferOwnership(input: $input) {
      id
      viewerRole
    }
  }
`);

export const ARCHIVE = graphql(`
  mutation ArchiveGroup($input: GroupIdInput!) {
    archiveGroup(input: $input) {
      id
      archived
      archivedAt
    }
  }
`);

export const UNARCHIVE = graphql(`
  mutation UnarchiveGroup($input: GroupIdInput!) {
    unarchiveGroup(input: $input) {
      id
      archived
      archivedAt
    }
  }
`);

/** Membership changes of a group, live, for those who manage its members. */
export const MEMBERSHIP_EVENTS = graphql(`
  subscription GroupMembershipEvents($groupId: ID!) {
    groupMembershipEvents(groupId: $groupId) {
      change
      groupId
      userId
    }
  }
`);
