/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    createdAt\n    editedAt\n    isAcceptedAnswer\n    replyCount\n    author {\n      id\n      displayName\n      avatarUrl\n      initials\n    }\n    reactions {\n      total\n      mine\n      recentNames\n      counts {\n        kind\n        count\n      }\n    }\n    viewerPermissions {\n      canEdit\n      canDelete\n      canReply\n      canReact\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment PostCard on Post {\n    id\n    kind\n    status\n    body\n    hashtags\n    createdAt\n    publishedAt\n    editedAt\n    pinned\n    needsAcknowledgement\n    acknowledgeUntil\n    rejectionReason\n    author {\n      id\n      displayName\n      avatarUrl\n      initials\n      title\n    }\n    group {\n      id\n      name\n      slug\n      visibility\n    }\n    commentCount\n    seenCount\n    seenByMe\n    acknowledgedByMe\n    reactions {\n      total\n      mine\n      recentNames\n      counts {\n        kind\n        count\n      }\n    }\n    latestComments {\n      ...CommentFields\n    }\n    acceptedAnswer {\n      ...CommentFields\n    }\n    poll {\n      multipleChoice\n      anonymous\n      closed\n      closesAt\n      resultsVisible\n      resultsVisibility\n      voted\n      voterCount\n      options {\n        id\n        label\n        voteCount\n        mine\n      }\n    }\n    viewerPermissions {\n      canEdit\n      canDelete\n      canPin\n      canComment\n      canReact\n      canAcknowledge\n      canAcceptAnswer\n      canSeeSeenBy\n      canModerate\n    }\n  }\n": typeof types.PostCardFragmentDoc,
    "\n  fragment FeedPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.FeedPageFragmentDoc,
    "\n  fragment ReplyPage on CommentConnection {\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.ReplyPageFragmentDoc,
    "\n  fragment FeedEventFields on FeedEvent {\n    kind\n    groupId\n    postId\n    commentId\n    actorId\n    reactions {\n      total\n      counts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.FeedEventFieldsFragmentDoc,
    "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation AcknowledgePost($input: PostIdInput!) {\n    acknowledgePost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.AcknowledgePostDocument,
    "\n  query AcknowledgementPeople($id: ID!, $acknowledged: Boolean!, $after: String) {\n    post(id: $id) {\n      id\n      acknowledgements {\n        acknowledged(first: 50, after: $after) @include(if: $acknowledged) {\n          ...PeopleByName\n        }\n        pending(first: 50, after: $after) @skip(if: $acknowledged) {\n          ...PeopleByName\n        }\n      }\n    }\n  }\n\n  fragment PeopleByName on PersonByNameConnection {\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        avatarUrl\n        initials\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AcknowledgementPeopleDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation ApprovePost($input: PostIdInput!) {\n    approvePost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.ApprovePostDocument,
    "\n  query CommentReplies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replyCount\n      replies(first: 50, after: $after) {\n        ...ReplyPage\n      }\n    }\n  }\n": typeof types.CommentRepliesDocument,
    "\n  query Comment($id: ID!) {\n    comment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.CommentDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation DeleteComment($input: CommentIdInput!) {\n    deleteComment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      id\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  query FeedHighlights($groupId: ID, $after: String) {\n    feedHighlights(groupId: $groupId, first: 10, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.FeedHighlightsDocument,
    "\n  subscription GroupEvents($groupId: ID!) {\n    groupEvents(groupId: $groupId) {\n      ...FeedEventFields\n    }\n  }\n": typeof types.GroupEventsDocument,
    "\n  query GroupFeed($groupId: ID!, $after: String) {\n    groupFeed(groupId: $groupId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.GroupFeedDocument,
    "\n  query HashtagFeed($tag: String!, $after: String) {\n    hashtagFeed(tag: $tag, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.HashtagFeedDocument,
    "\n  subscription HomeEvents {\n    homeEvents {\n      ...FeedEventFields\n    }\n  }\n": typeof types.HomeEventsDocument,
    "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.HomeFeedDocument,
    "\n  mutation MarkPostsSeen($input: MarkPostsSeenInput!) {\n    markPostsSeen(input: $input)\n  }\n": typeof types.MarkPostsSeenDocument,
    "\n  query MentionCandidates($groupId: ID!, $search: String!) {\n    mentionCandidates(groupId: $groupId, search: $search) {\n      id\n      displayName\n      avatarUrl\n      initials\n      title\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query MyHeldPosts($groupId: ID!, $after: String) {\n    myHeldPosts(groupId: $groupId, first: 10, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.MyHeldPostsDocument,
    "\n  query MyPostingGroups {\n    groups(mine: true, first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerPermissions {\n            canPost\n          }\n          viewerRole\n        }\n      }\n    }\n  }\n": typeof types.MyPostingGroupsDocument,
    "\n  query PersonActivity($userId: ID!, $after: String) {\n    personActivity(userId: $userId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.PersonActivityDocument,
    "\n  mutation PinPost($input: PostIdInput!) {\n    pinPost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.PinPostDocument,
    "\n  query PollOptionVoters($optionId: ID!, $after: String) {\n    pollOptionVoters(optionId: $optionId, first: 50, after: $after) {\n      ...PeopleByName\n    }\n  }\n": typeof types.PollOptionVotersDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n": typeof types.PostPageDocument,
    "\n  query PostQueue($groupId: ID!, $after: String) {\n    postQueue(groupId: $groupId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.PostQueueDocument,
    "\n  query PostRefresh($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n": typeof types.PostRefreshDocument,
    "\n  query PostThread($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after, order: NEWEST_FIRST) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies(first: 20) {\n              ...ReplyPage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostThreadDocument,
    "\n  mutation ReactToComment($input: ReactToCommentInput!) {\n    reactToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ReactToCommentDocument,
    "\n  mutation ReactToPost($input: ReactToPostInput!) {\n    reactToPost(input: $input) {\n      id\n      reactions {\n        total\n        mine\n        recentNames\n        counts {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.ReactToPostDocument,
    "\n  mutation RejectPost($input: RejectPostInput!) {\n    rejectPost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.RejectPostDocument,
    "\n  mutation RemoveCommentReaction($input: CommentIdInput!) {\n    removeCommentReaction(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.RemoveCommentReactionDocument,
    "\n  mutation RemovePostReaction($input: PostIdInput!) {\n    removePostReaction(input: $input) {\n      id\n      reactions {\n        total\n        mine\n        recentNames\n        counts {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.RemovePostReactionDocument,
    "\n  query SeenBy($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      seenCount\n      seenBy(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            seenAt\n            user {\n              id\n              displayName\n              avatarUrl\n              initials\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      acknowledgements {\n        acknowledgedCount\n        pendingCount\n      }\n    }\n  }\n": typeof types.SeenByDocument,
    "\n  mutation UnpinPost($input: PostIdInput!) {\n    unpinPost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.UnpinPostDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation VotePoll($input: VotePollInput!) {\n    votePoll(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.VotePollDocument,
    "\n  fragment TestCard on Post {\n    id\n    body\n    reactions {\n      total\n      mine\n      counts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.TestCardFragmentDoc,
    "\n  fragment LiveCommentRef on Comment {\n    id\n    postId\n    parentId\n  }\n": typeof types.LiveCommentRefFragmentDoc,
    "\n  fragment LivePostId on Post {\n    id\n  }\n": typeof types.LivePostIdFragmentDoc,
    "\n  fragment NewCommentReplies on Comment {\n    replies(first: 20) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NewCommentRepliesFragmentDoc,
    "\n  query PeoplePicker($search: String) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n        }\n      }\n    }\n  }\n": typeof types.PeoplePickerDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      title\n      department\n      avatarUrl\n      initials\n      orgRole\n    }\n    organisation {\n      name\n      groupCreationPolicy\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment GroupCardFields on Group {\n    id\n    slug\n    name\n    description\n    category\n    visibility\n    coverColor\n    coverImageUrl\n    archived\n    memberCount\n    viewerStatus\n  }\n": typeof types.GroupCardFieldsFragmentDoc,
    "\n  mutation AcceptGroupInvitation($input: GroupInvitationIdInput!) {\n    acceptGroupInvitation(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n": typeof types.AcceptGroupInvitationDocument,
    "\n  mutation ApproveJoinRequest($input: JoinRequestIdInput!) {\n    approveJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveJoinRequestDocument,
    "\n  mutation ArchiveGroup($input: GroupIdInput!) {\n    archiveGroup(input: $input) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation BanMember($input: BanMemberInput!) {\n    banMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": typeof types.BanMemberDocument,
    "\n  mutation CancelJoinRequest($input: GroupIdInput!) {\n    cancelJoinRequest(input: $input) {\n      id\n      viewerStatus\n    }\n  }\n": typeof types.CancelJoinRequestDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation DeclineGroupInvitation($input: GroupInvitationIdInput!) {\n    declineGroupInvitation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineGroupInvitationDocument,
    "\n  mutation DeclineJoinRequest($input: JoinRequestIdInput!) {\n    declineJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineJoinRequestDocument,
    "\n  query GroupBans($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      bans(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            reason\n            createdAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GroupBansDocument,
    "\n  query GroupInvitations($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            createdAt\n            user {\n              id\n              displayName\n            }\n            invitedBy {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GroupInvitationsDocument,
    "\n  query GroupJoinRequests($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      joinRequests(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            createdAt\n            answers {\n              question\n              answer\n            }\n            user {\n              id\n              displayName\n              title\n              initials\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GroupJoinRequestsDocument,
    "\n  query GroupMembers($id: ID!, $role: GroupRole, $after: String) {\n    group(id: $id) {\n      id\n      members(first: 20, role: $role, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              displayName\n              title\n              initials\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  subscription GroupMembershipEvents($groupId: ID!) {\n    groupMembershipEvents(groupId: $groupId) {\n      change\n      groupId\n      userId\n    }\n  }\n": typeof types.GroupMembershipEventsDocument,
    "\n  query Group($slug: String!) {\n    group(slug: $slug) {\n      ...GroupCardFields\n      createdAt\n      archivedAt\n      postingPolicy\n      postApproval\n      membershipQuestions\n      viewerRole\n      viewerPermissions {\n        canEdit\n        canManageMembers\n        canChangeRoles\n        canInvite\n        canArchive\n        canPost\n        canSeeContent\n      }\n    }\n  }\n": typeof types.GroupDocument,
    "\n  query Groups($search: String, $category: GroupCategory, $after: String, $mine: Boolean) {\n    groups(search: $search, category: $category, after: $after, first: 18, mine: $mine) {\n      totalCount\n      edges {\n        node {\n          ...GroupCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  mutation InviteToGroup($input: InviteToGroupInput!) {\n    inviteToGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.InviteToGroupDocument,
    "\n  mutation JoinGroup($input: GroupIdInput!) {\n    joinGroup(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation LeaveGroup($input: GroupIdInput!) {\n    leaveGroup(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n": typeof types.LeaveGroupDocument,
    "\n  query MyGroupInvitations($after: String) {\n    myGroupInvitations(first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          invitedBy {\n            id\n            displayName\n          }\n          group {\n            ...GroupCardFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyGroupInvitationsDocument,
    "\n  query MyGroups($after: String) {\n    groups(mine: true, first: 48, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GroupCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyGroupsDocument,
    "\n  query MyJoinRequests($after: String) {\n    myJoinRequests(first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          group {\n            id\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyJoinRequestsDocument,
    "\n  mutation RemoveMember($input: GroupMemberInput!) {\n    removeMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RequestToJoin($input: RequestToJoinGroupInput!) {\n    requestToJoinGroup(input: $input) {\n      id\n      status\n      group {\n        id\n        viewerStatus\n      }\n    }\n  }\n": typeof types.RequestToJoinDocument,
    "\n  mutation RevokeGroupInvitation($input: GroupInvitationIdInput!) {\n    revokeGroupInvitation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeGroupInvitationDocument,
    "\n  mutation TransferOwnership($input: GroupMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n      viewerRole\n    }\n  }\n": typeof types.TransferOwnershipDocument,
    "\n  mutation UnarchiveGroup($input: GroupIdInput!) {\n    unarchiveGroup(input: $input) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveGroupDocument,
    "\n  mutation UnbanMember($input: GroupMemberInput!) {\n    unbanMember(input: $input) {\n      id\n    }\n  }\n": typeof types.UnbanMemberDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupCardFields\n      postingPolicy\n      postApproval\n      membershipQuestions\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation AcceptInvitation($input: AcceptOrgInvitationInput!) {\n    acceptOrgInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query AdminPeople($search: String, $after: String) {\n    users(search: $search, first: 25, after: $after, includeInactive: true) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          title\n          orgRole\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  query AuditLog($after: String) {\n    auditLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          action\n          groupId\n          groupName\n          targetUserId\n          details\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query BackgroundJobStats {\n    backgroundJobStats {\n      due\n      scheduled\n      retrying\n      failed\n      oldestDueSeconds\n      maxAttempts\n    }\n  }\n": typeof types.BackgroundJobStatsDocument,
    "\n  mutation ChangeOrgRole($input: ChangeOrgRoleInput!) {\n    changeOrgRole(input: $input) {\n      id\n      orgRole\n    }\n  }\n": typeof types.ChangeOrgRoleDocument,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation DiscardBackgroundJob($id: ID!) {\n    discardBackgroundJob(id: $id)\n  }\n": typeof types.DiscardBackgroundJobDocument,
    "\n  query FailedBackgroundJobs($after: String) {\n    failedBackgroundJobs(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          payload\n          attempts\n          lastError\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FailedBackgroundJobsDocument,
    "\n  query FindPeople($search: String!) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n        }\n      }\n    }\n  }\n": typeof types.FindPeopleDocument,
    "\n  query InvitationPreview($token: String!) {\n    orgInvitation(token: $token) {\n      email\n      displayName\n      organisationName\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      orgRole\n      inviteUrl\n      expiresAt\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query MyProfile {\n    me {\n      id\n      displayName\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query OrgInvitations($after: String) {\n    orgInvitations(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          orgRole\n          inviteUrl\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrgInvitationsDocument,
    "\n  query OrganisationSettings {\n    organisation {\n      name\n      openSignUp\n      allowedEmailDomains\n      groupCreationPolicy\n    }\n  }\n": typeof types.OrganisationSettingsDocument,
    "\n  query People($search: String, $department: String, $after: String) {\n    users(search: $search, department: $department, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          title\n          department\n          location\n          avatarUrl\n          initials\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    organisation {\n      departments\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      orgRole\n      active\n      manager {\n        id\n        displayName\n        title\n      }\n      groups(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            name\n            visibility\n            coverColor\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation RetryBackgroundJob($id: ID!) {\n    retryBackgroundJob(id: $id) {\n      id\n    }\n  }\n": typeof types.RetryBackgroundJobDocument,
    "\n  mutation RevokeOrgInvitation($input: RevokeOrgInvitationInput!) {\n    revokeOrgInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.RevokeOrgInvitationDocument,
    "\n  query SignUpAvailable {\n    signUpAvailable\n  }\n": typeof types.SignUpAvailableDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      name\n      openSignUp\n      allowedEmailDomains\n      groupCreationPolicy\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    summary\n    link\n    actors {\n      id\n      displayName\n    }\n    actorCount\n    eventCount\n    groupId\n    groupName\n    postId\n    commentId\n    detail\n    read\n    createdAt\n    updatedAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      change\n      unreadCount\n    }\n  }\n": typeof types.NotificationEventsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      mutedKinds\n      groups {\n        groupId\n        groupName\n        level\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  query Notifications($after: String, $unreadOnly: Boolean! = false) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation SetGroupNotificationLevel($groupId: ID!, $level: NotificationLevel!) {\n    setGroupNotificationLevel(groupId: $groupId, level: $level) {\n      groupId\n      groupName\n      level\n    }\n  }\n": typeof types.SetGroupNotificationLevelDocument,
    "\n  mutation SetNotificationKindMuted($kind: NotificationKind!, $muted: Boolean!) {\n    setNotificationKindMuted(kind: $kind, muted: $muted) {\n      mutedKinds\n      groups {\n        groupId\n        groupName\n        level\n      }\n    }\n  }\n": typeof types.SetNotificationKindMutedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment TownHallViewerFields on TownHallViewer {\n    canManage\n    canModerate\n    canHost\n    canAsk\n    canAskAnonymously\n    votesLeft\n  }\n": typeof types.TownHallViewerFieldsFragmentDoc,
    "\n  fragment TownHallCardFields on TownHall {\n    id\n    title\n    description\n    state\n    startsAt\n    endsAt\n    publishedCount\n    audienceGroupId\n    audienceGroupName\n  }\n": typeof types.TownHallCardFieldsFragmentDoc,
    "\n  fragment TownHallFields on TownHall {\n    ...TownHallCardFields\n    allowAnonymous\n    preModerated\n    voteBudget\n    createdAt\n    hosts {\n      id\n      displayName\n    }\n    moderators {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    viewer {\n      ...TownHallViewerFields\n    }\n  }\n": typeof types.TownHallFieldsFragmentDoc,
    "\n  fragment TownHallQuestionFields on TownHallQuestion {\n    id\n    townHallId\n    body\n    anonymous\n    author {\n      id\n      displayName\n    }\n    status\n    answerState\n    answer\n    answeredAt\n    answeredBy {\n      id\n      displayName\n    }\n    deferredTo {\n      id\n      displayName\n    }\n    deferredUntil\n    voteCount\n    viewerHasVoted\n    isMine\n    rejectReason\n    rejectNote\n    mergedIntoId\n    editedByModerator\n    createdAt\n    publishedAt\n  }\n": typeof types.TownHallQuestionFieldsFragmentDoc,
    "\n  fragment TownHallQuestionPage on TownHallQuestionConnection {\n    edges {\n      cursor\n      node {\n        ...TownHallQuestionFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.TownHallQuestionPageFragmentDoc,
    "\n  mutation AnswerTownHallQuestion($input: AnswerTownHallQuestionInput!) {\n    answerTownHallQuestion(input: $input) {\n      ...TownHallQuestionFields\n    }\n  }\n": typeof types.AnswerTownHallQuestionDocument,
    "\n  mutation AskTownHallQuestion($townHallId: ID!, $body: String!, $anonymous: Boolean!) {\n    askTownHallQuestion(townHallId: $townHallId, body: $body, anonymous: $anonymous) {\n      ...TownHallQuestionFields\n    }\n  }\n": typeof types.AskTownHallQuestionDocument,
    "\n  mutation CreateTownHall($input: CreateTownHallInput!) {\n    createTownHall(input: $input) {\n      ...TownHallFields\n    }\n  }\n": typeof types.CreateTownHallDocument,
    "\n  mutation EditTownHallQuestion($id: ID!, $body: String!) {\n    editTownHallQuestion(id: $id, body: $body) {\n      ...TownHallQuestionFields\n    }\n  }\n": typeof types.EditTownHallQuestionDocument,
    "\n  mutation MergeTownHallQuestion($id: ID!, $intoId: ID!) {\n    mergeTownHallQuestion(id: $id, intoId: $intoId) {\n      ...TownHallQuestionFields\n    }\n  }\n": typeof types.MergeTownHallQuestionDocument,
    "\n  mutation PublishTownHallQuestion($id: ID!) {\n    publishTownHallQuestion(id: $id) {\n      ...TownHallQuestionFields\n    }\n  }\n": typeof types.PublishTownHallQuestionDocument,
    "\n  mutation RejectTownHallQuestion($id: ID!, $reason: TownHallRejectReason!, $note: String) {\n    rejectTownHallQuestion(id: $id, reason: $reason, note: $note) {\n      ...TownHallQuestionFields\n    }\n  }\n": typeof types.RejectTownHallQuestionDocument,
    "\n  mutation SetTownHallState($id: ID!, $state: TownHallState!) {\n    setTownHallState(id: $id, state: $state) {\n      ...TownHallFields\n    }\n  }\n": typeof types.SetTownHallStateDocument,
    "\n  query SimilarTownHallQuestions($townHallId: ID!, $text: String!) {\n    similarTownHallQuestions(townHallId: $townHallId, text: $text) {\n      ...TownHallQuestionFields\n    }\n  }\n": typeof types.SimilarTownHallQuestionsDocument,
    "\n  query TownHallCsv($id: ID!) {\n    townHallCsv(id: $id)\n  }\n": typeof types.TownHallCsvDocument,
    "\n  subscription TownHallEvents($townHallId: ID!) {\n    townHallEvents(townHallId: $townHallId) {\n      kind\n      townHallId\n      questionId\n      voteCount\n    }\n  }\n": typeof types.TownHallEventsDocument,
    "\n  query TownHallFollowUps($id: ID!, $first: Int! = 50, $after: String) {\n    townHall(id: $id) {\n      id\n      followUps(first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n": typeof types.TownHallFollowUpsDocument,
    "\n  query TownHallHostingOptions($search: String) {\n    townHallHostingOptions(search: $search) {\n      forOrganisation\n      groups {\n        id\n        name\n      }\n      moreGroups\n    }\n  }\n": typeof types.TownHallHostingOptionsDocument,
    "\n  query TownHallModerationQueue($id: ID!, $first: Int! = 50, $after: String) {\n    townHall(id: $id) {\n      id\n      pendingCount\n      moderationQueue(first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n": typeof types.TownHallModerationQueueDocument,
    "\n  query TownHallPresenter($id: ID!, $waiting: Int!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      answering {\n        ...TownHallQuestionFields\n      }\n      questions(order: WAITING, first: $waiting) {\n        edges {\n          node {\n            ...TownHallQuestionFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.TownHallPresenterDocument,
    "\n  query TownHallQuestions($id: ID!, $order: TownHallQuestionOrder!, $first: Int!, $after: String) {\n    townHall(id: $id) {\n      id\n      questions(order: $order, first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n": typeof types.TownHallQuestionsDocument,
    "\n  query TownHallSummary($id: ID!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      summary {\n        received\n        published\n        merged\n        rejected\n        rejectedByReason {\n          reason\n          count\n        }\n        answeredLive\n        answeredInWriting\n        deferredOpen\n        unanswered\n        withdrawn\n        medianSecondsToAnswer\n      }\n    }\n  }\n": typeof types.TownHallSummaryDocument,
    "\n  query TownHall($id: ID!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      answering {\n        ...TownHallQuestionFields\n      }\n    }\n  }\n": typeof types.TownHallDocument,
    "\n  query TownHalls($filter: TownHallListFilter, $after: String) {\n    townHalls(filter: $filter, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TownHallCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TownHallsDocument,
    "\n  mutation UpdateTownHall($input: UpdateTownHallInput!) {\n    updateTownHall(input: $input) {\n      ...TownHallFields\n    }\n  }\n": typeof types.UpdateTownHallDocument,
    "\n  mutation VoteTownHallQuestion($id: ID!, $up: Boolean!) {\n    voteTownHallQuestion(id: $id, up: $up) {\n      __typename\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n": typeof types.VoteTownHallQuestionDocument,
    "\n  mutation WithdrawTownHallQuestion($id: ID!) {\n    withdrawTownHallQuestion(id: $id) {\n      ...TownHallQuestionFields\n    }\n  }\n": typeof types.WithdrawTownHallQuestionDocument,
};
const documents: Documents = {
    "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    createdAt\n    editedAt\n    isAcceptedAnswer\n    replyCount\n    author {\n      id\n      displayName\n      avatarUrl\n      initials\n    }\n    reactions {\n      total\n      mine\n      recentNames\n      counts {\n        kind\n        count\n      }\n    }\n    viewerPermissions {\n      canEdit\n      canDelete\n      canReply\n      canReact\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment PostCard on Post {\n    id\n    kind\n    status\n    body\n    hashtags\n    createdAt\n    publishedAt\n    editedAt\n    pinned\n    needsAcknowledgement\n    acknowledgeUntil\n    rejectionReason\n    author {\n      id\n      displayName\n      avatarUrl\n      initials\n      title\n    }\n    group {\n      id\n      name\n      slug\n      visibility\n    }\n    commentCount\n    seenCount\n    seenByMe\n    acknowledgedByMe\n    reactions {\n      total\n      mine\n      recentNames\n      counts {\n        kind\n        count\n      }\n    }\n    latestComments {\n      ...CommentFields\n    }\n    acceptedAnswer {\n      ...CommentFields\n    }\n    poll {\n      multipleChoice\n      anonymous\n      closed\n      closesAt\n      resultsVisible\n      resultsVisibility\n      voted\n      voterCount\n      options {\n        id\n        label\n        voteCount\n        mine\n      }\n    }\n    viewerPermissions {\n      canEdit\n      canDelete\n      canPin\n      canComment\n      canReact\n      canAcknowledge\n      canAcceptAnswer\n      canSeeSeenBy\n      canModerate\n    }\n  }\n": types.PostCardFragmentDoc,
    "\n  fragment FeedPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.FeedPageFragmentDoc,
    "\n  fragment ReplyPage on CommentConnection {\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.ReplyPageFragmentDoc,
    "\n  fragment FeedEventFields on FeedEvent {\n    kind\n    groupId\n    postId\n    commentId\n    actorId\n    reactions {\n      total\n      counts {\n        kind\n        count\n      }\n    }\n  }\n": types.FeedEventFieldsFragmentDoc,
    "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      ...PostCard\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation AcknowledgePost($input: PostIdInput!) {\n    acknowledgePost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.AcknowledgePostDocument,
    "\n  query AcknowledgementPeople($id: ID!, $acknowledged: Boolean!, $after: String) {\n    post(id: $id) {\n      id\n      acknowledgements {\n        acknowledged(first: 50, after: $after) @include(if: $acknowledged) {\n          ...PeopleByName\n        }\n        pending(first: 50, after: $after) @skip(if: $acknowledged) {\n          ...PeopleByName\n        }\n      }\n    }\n  }\n\n  fragment PeopleByName on PersonByNameConnection {\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        avatarUrl\n        initials\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AcknowledgementPeopleDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation ApprovePost($input: PostIdInput!) {\n    approvePost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.ApprovePostDocument,
    "\n  query CommentReplies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replyCount\n      replies(first: 50, after: $after) {\n        ...ReplyPage\n      }\n    }\n  }\n": types.CommentRepliesDocument,
    "\n  query Comment($id: ID!) {\n    comment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.CommentDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation DeleteComment($input: CommentIdInput!) {\n    deleteComment(input: $input) {\n      id\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      id\n    }\n  }\n": types.DeletePostDocument,
    "\n  query FeedHighlights($groupId: ID, $after: String) {\n    feedHighlights(groupId: $groupId, first: 10, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.FeedHighlightsDocument,
    "\n  subscription GroupEvents($groupId: ID!) {\n    groupEvents(groupId: $groupId) {\n      ...FeedEventFields\n    }\n  }\n": types.GroupEventsDocument,
    "\n  query GroupFeed($groupId: ID!, $after: String) {\n    groupFeed(groupId: $groupId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.GroupFeedDocument,
    "\n  query HashtagFeed($tag: String!, $after: String) {\n    hashtagFeed(tag: $tag, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.HashtagFeedDocument,
    "\n  subscription HomeEvents {\n    homeEvents {\n      ...FeedEventFields\n    }\n  }\n": types.HomeEventsDocument,
    "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.HomeFeedDocument,
    "\n  mutation MarkPostsSeen($input: MarkPostsSeenInput!) {\n    markPostsSeen(input: $input)\n  }\n": types.MarkPostsSeenDocument,
    "\n  query MentionCandidates($groupId: ID!, $search: String!) {\n    mentionCandidates(groupId: $groupId, search: $search) {\n      id\n      displayName\n      avatarUrl\n      initials\n      title\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query MyHeldPosts($groupId: ID!, $after: String) {\n    myHeldPosts(groupId: $groupId, first: 10, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.MyHeldPostsDocument,
    "\n  query MyPostingGroups {\n    groups(mine: true, first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerPermissions {\n            canPost\n          }\n          viewerRole\n        }\n      }\n    }\n  }\n": types.MyPostingGroupsDocument,
    "\n  query PersonActivity($userId: ID!, $after: String) {\n    personActivity(userId: $userId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.PersonActivityDocument,
    "\n  mutation PinPost($input: PostIdInput!) {\n    pinPost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.PinPostDocument,
    "\n  query PollOptionVoters($optionId: ID!, $after: String) {\n    pollOptionVoters(optionId: $optionId, first: 50, after: $after) {\n      ...PeopleByName\n    }\n  }\n": types.PollOptionVotersDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n": types.PostPageDocument,
    "\n  query PostQueue($groupId: ID!, $after: String) {\n    postQueue(groupId: $groupId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.PostQueueDocument,
    "\n  query PostRefresh($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n": types.PostRefreshDocument,
    "\n  query PostThread($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after, order: NEWEST_FIRST) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies(first: 20) {\n              ...ReplyPage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostThreadDocument,
    "\n  mutation ReactToComment($input: ReactToCommentInput!) {\n    reactToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ReactToCommentDocument,
    "\n  mutation ReactToPost($input: ReactToPostInput!) {\n    reactToPost(input: $input) {\n      id\n      reactions {\n        total\n        mine\n        recentNames\n        counts {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.ReactToPostDocument,
    "\n  mutation RejectPost($input: RejectPostInput!) {\n    rejectPost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.RejectPostDocument,
    "\n  mutation RemoveCommentReaction($input: CommentIdInput!) {\n    removeCommentReaction(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.RemoveCommentReactionDocument,
    "\n  mutation RemovePostReaction($input: PostIdInput!) {\n    removePostReaction(input: $input) {\n      id\n      reactions {\n        total\n        mine\n        recentNames\n        counts {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.RemovePostReactionDocument,
    "\n  query SeenBy($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      seenCount\n      seenBy(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            seenAt\n            user {\n              id\n              displayName\n              avatarUrl\n              initials\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      acknowledgements {\n        acknowledgedCount\n        pendingCount\n      }\n    }\n  }\n": types.SeenByDocument,
    "\n  mutation UnpinPost($input: PostIdInput!) {\n    unpinPost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.UnpinPostDocument,
    "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation VotePoll($input: VotePollInput!) {\n    votePoll(input: $input) {\n      ...PostCard\n    }\n  }\n": types.VotePollDocument,
    "\n  fragment TestCard on Post {\n    id\n    body\n    reactions {\n      total\n      mine\n      counts {\n        kind\n        count\n      }\n    }\n  }\n": types.TestCardFragmentDoc,
    "\n  fragment LiveCommentRef on Comment {\n    id\n    postId\n    parentId\n  }\n": types.LiveCommentRefFragmentDoc,
    "\n  fragment LivePostId on Post {\n    id\n  }\n": types.LivePostIdFragmentDoc,
    "\n  fragment NewCommentReplies on Comment {\n    replies(first: 20) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NewCommentRepliesFragmentDoc,
    "\n  query PeoplePicker($search: String) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n        }\n      }\n    }\n  }\n": types.PeoplePickerDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      title\n      department\n      avatarUrl\n      initials\n      orgRole\n    }\n    organisation {\n      name\n      groupCreationPolicy\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment GroupCardFields on Group {\n    id\n    slug\n    name\n    description\n    category\n    visibility\n    coverColor\n    coverImageUrl\n    archived\n    memberCount\n    viewerStatus\n  }\n": types.GroupCardFieldsFragmentDoc,
    "\n  mutation AcceptGroupInvitation($input: GroupInvitationIdInput!) {\n    acceptGroupInvitation(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n": types.AcceptGroupInvitationDocument,
    "\n  mutation ApproveJoinRequest($input: JoinRequestIdInput!) {\n    approveJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveJoinRequestDocument,
    "\n  mutation ArchiveGroup($input: GroupIdInput!) {\n    archiveGroup(input: $input) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation BanMember($input: BanMemberInput!) {\n    banMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": types.BanMemberDocument,
    "\n  mutation CancelJoinRequest($input: GroupIdInput!) {\n    cancelJoinRequest(input: $input) {\n      id\n      viewerStatus\n    }\n  }\n": types.CancelJoinRequestDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation DeclineGroupInvitation($input: GroupInvitationIdInput!) {\n    declineGroupInvitation(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeclineGroupInvitationDocument,
    "\n  mutation DeclineJoinRequest($input: JoinRequestIdInput!) {\n    declineJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.DeclineJoinRequestDocument,
    "\n  query GroupBans($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      bans(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            reason\n            createdAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GroupBansDocument,
    "\n  query GroupInvitations($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            createdAt\n            user {\n              id\n              displayName\n            }\n            invitedBy {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GroupInvitationsDocument,
    "\n  query GroupJoinRequests($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      joinRequests(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            createdAt\n            answers {\n              question\n              answer\n            }\n            user {\n              id\n              displayName\n              title\n              initials\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GroupJoinRequestsDocument,
    "\n  query GroupMembers($id: ID!, $role: GroupRole, $after: String) {\n    group(id: $id) {\n      id\n      members(first: 20, role: $role, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              displayName\n              title\n              initials\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  subscription GroupMembershipEvents($groupId: ID!) {\n    groupMembershipEvents(groupId: $groupId) {\n      change\n      groupId\n      userId\n    }\n  }\n": types.GroupMembershipEventsDocument,
    "\n  query Group($slug: String!) {\n    group(slug: $slug) {\n      ...GroupCardFields\n      createdAt\n      archivedAt\n      postingPolicy\n      postApproval\n      membershipQuestions\n      viewerRole\n      viewerPermissions {\n        canEdit\n        canManageMembers\n        canChangeRoles\n        canInvite\n        canArchive\n        canPost\n        canSeeContent\n      }\n    }\n  }\n": types.GroupDocument,
    "\n  query Groups($search: String, $category: GroupCategory, $after: String, $mine: Boolean) {\n    groups(search: $search, category: $category, after: $after, first: 18, mine: $mine) {\n      totalCount\n      edges {\n        node {\n          ...GroupCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  mutation InviteToGroup($input: InviteToGroupInput!) {\n    inviteToGroup(input: $input) {\n      id\n    }\n  }\n": types.InviteToGroupDocument,
    "\n  mutation JoinGroup($input: GroupIdInput!) {\n    joinGroup(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n": types.JoinGroupDocument,
    "\n  mutation LeaveGroup($input: GroupIdInput!) {\n    leaveGroup(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n": types.LeaveGroupDocument,
    "\n  query MyGroupInvitations($after: String) {\n    myGroupInvitations(first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          invitedBy {\n            id\n            displayName\n          }\n          group {\n            ...GroupCardFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyGroupInvitationsDocument,
    "\n  query MyGroups($after: String) {\n    groups(mine: true, first: 48, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GroupCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyGroupsDocument,
    "\n  query MyJoinRequests($after: String) {\n    myJoinRequests(first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          group {\n            id\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyJoinRequestsDocument,
    "\n  mutation RemoveMember($input: GroupMemberInput!) {\n    removeMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RequestToJoin($input: RequestToJoinGroupInput!) {\n    requestToJoinGroup(input: $input) {\n      id\n      status\n      group {\n        id\n        viewerStatus\n      }\n    }\n  }\n": types.RequestToJoinDocument,
    "\n  mutation RevokeGroupInvitation($input: GroupInvitationIdInput!) {\n    revokeGroupInvitation(input: $input) {\n      id\n      status\n    }\n  }\n": types.RevokeGroupInvitationDocument,
    "\n  mutation TransferOwnership($input: GroupMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n      viewerRole\n    }\n  }\n": types.TransferOwnershipDocument,
    "\n  mutation UnarchiveGroup($input: GroupIdInput!) {\n    unarchiveGroup(input: $input) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": types.UnarchiveGroupDocument,
    "\n  mutation UnbanMember($input: GroupMemberInput!) {\n    unbanMember(input: $input) {\n      id\n    }\n  }\n": types.UnbanMemberDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupCardFields\n      postingPolicy\n      postApproval\n      membershipQuestions\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation AcceptInvitation($input: AcceptOrgInvitationInput!) {\n    acceptOrgInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query AdminPeople($search: String, $after: String) {\n    users(search: $search, first: 25, after: $after, includeInactive: true) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          title\n          orgRole\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  query AuditLog($after: String) {\n    auditLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          action\n          groupId\n          groupName\n          targetUserId\n          details\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query BackgroundJobStats {\n    backgroundJobStats {\n      due\n      scheduled\n      retrying\n      failed\n      oldestDueSeconds\n      maxAttempts\n    }\n  }\n": types.BackgroundJobStatsDocument,
    "\n  mutation ChangeOrgRole($input: ChangeOrgRoleInput!) {\n    changeOrgRole(input: $input) {\n      id\n      orgRole\n    }\n  }\n": types.ChangeOrgRoleDocument,
    "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation DiscardBackgroundJob($id: ID!) {\n    discardBackgroundJob(id: $id)\n  }\n": types.DiscardBackgroundJobDocument,
    "\n  query FailedBackgroundJobs($after: String) {\n    failedBackgroundJobs(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          payload\n          attempts\n          lastError\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FailedBackgroundJobsDocument,
    "\n  query FindPeople($search: String!) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n        }\n      }\n    }\n  }\n": types.FindPeopleDocument,
    "\n  query InvitationPreview($token: String!) {\n    orgInvitation(token: $token) {\n      email\n      displayName\n      organisationName\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      orgRole\n      inviteUrl\n      expiresAt\n    }\n  }\n": types.InviteUserDocument,
    "\n  query MyProfile {\n    me {\n      id\n      displayName\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query OrgInvitations($after: String) {\n    orgInvitations(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          orgRole\n          inviteUrl\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrgInvitationsDocument,
    "\n  query OrganisationSettings {\n    organisation {\n      name\n      openSignUp\n      allowedEmailDomains\n      groupCreationPolicy\n    }\n  }\n": types.OrganisationSettingsDocument,
    "\n  query People($search: String, $department: String, $after: String) {\n    users(search: $search, department: $department, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          title\n          department\n          location\n          avatarUrl\n          initials\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    organisation {\n      departments\n    }\n  }\n": types.PeopleDocument,
    "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      orgRole\n      active\n      manager {\n        id\n        displayName\n        title\n      }\n      groups(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            name\n            visibility\n            coverColor\n          }\n        }\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation RetryBackgroundJob($id: ID!) {\n    retryBackgroundJob(id: $id) {\n      id\n    }\n  }\n": types.RetryBackgroundJobDocument,
    "\n  mutation RevokeOrgInvitation($input: RevokeOrgInvitationInput!) {\n    revokeOrgInvitation(input: $input) {\n      id\n    }\n  }\n": types.RevokeOrgInvitationDocument,
    "\n  query SignUpAvailable {\n    signUpAvailable\n  }\n": types.SignUpAvailableDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      name\n      openSignUp\n      allowedEmailDomains\n      groupCreationPolicy\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    summary\n    link\n    actors {\n      id\n      displayName\n    }\n    actorCount\n    eventCount\n    groupId\n    groupName\n    postId\n    commentId\n    detail\n    read\n    createdAt\n    updatedAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      change\n      unreadCount\n    }\n  }\n": types.NotificationEventsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      mutedKinds\n      groups {\n        groupId\n        groupName\n        level\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  query Notifications($after: String, $unreadOnly: Boolean! = false) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation SetGroupNotificationLevel($groupId: ID!, $level: NotificationLevel!) {\n    setGroupNotificationLevel(groupId: $groupId, level: $level) {\n      groupId\n      groupName\n      level\n    }\n  }\n": types.SetGroupNotificationLevelDocument,
    "\n  mutation SetNotificationKindMuted($kind: NotificationKind!, $muted: Boolean!) {\n    setNotificationKindMuted(kind: $kind, muted: $muted) {\n      mutedKinds\n      groups {\n        groupId\n        groupName\n        level\n      }\n    }\n  }\n": types.SetNotificationKindMutedDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment TownHallViewerFields on TownHallViewer {\n    canManage\n    canModerate\n    canHost\n    canAsk\n    canAskAnonymously\n    votesLeft\n  }\n": types.TownHallViewerFieldsFragmentDoc,
    "\n  fragment TownHallCardFields on TownHall {\n    id\n    title\n    description\n    state\n    startsAt\n    endsAt\n    publishedCount\n    audienceGroupId\n    audienceGroupName\n  }\n": types.TownHallCardFieldsFragmentDoc,
    "\n  fragment TownHallFields on TownHall {\n    ...TownHallCardFields\n    allowAnonymous\n    preModerated\n    voteBudget\n    createdAt\n    hosts {\n      id\n      displayName\n    }\n    moderators {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    viewer {\n      ...TownHallViewerFields\n    }\n  }\n": types.TownHallFieldsFragmentDoc,
    "\n  fragment TownHallQuestionFields on TownHallQuestion {\n    id\n    townHallId\n    body\n    anonymous\n    author {\n      id\n      displayName\n    }\n    status\n    answerState\n    answer\n    answeredAt\n    answeredBy {\n      id\n      displayName\n    }\n    deferredTo {\n      id\n      displayName\n    }\n    deferredUntil\n    voteCount\n    viewerHasVoted\n    isMine\n    rejectReason\n    rejectNote\n    mergedIntoId\n    editedByModerator\n    createdAt\n    publishedAt\n  }\n": types.TownHallQuestionFieldsFragmentDoc,
    "\n  fragment TownHallQuestionPage on TownHallQuestionConnection {\n    edges {\n      cursor\n      node {\n        ...TownHallQuestionFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.TownHallQuestionPageFragmentDoc,
    "\n  mutation AnswerTownHallQuestion($input: AnswerTownHallQuestionInput!) {\n    answerTownHallQuestion(input: $input) {\n      ...TownHallQuestionFields\n    }\n  }\n": types.AnswerTownHallQuestionDocument,
    "\n  mutation AskTownHallQuestion($townHallId: ID!, $body: String!, $anonymous: Boolean!) {\n    askTownHallQuestion(townHallId: $townHallId, body: $body, anonymous: $anonymous) {\n      ...TownHallQuestionFields\n    }\n  }\n": types.AskTownHallQuestionDocument,
    "\n  mutation CreateTownHall($input: CreateTownHallInput!) {\n    createTownHall(input: $input) {\n      ...TownHallFields\n    }\n  }\n": types.CreateTownHallDocument,
    "\n  mutation EditTownHallQuestion($id: ID!, $body: String!) {\n    editTownHallQuestion(id: $id, body: $body) {\n      ...TownHallQuestionFields\n    }\n  }\n": types.EditTownHallQuestionDocument,
    "\n  mutation MergeTownHallQuestion($id: ID!, $intoId: ID!) {\n    mergeTownHallQuestion(id: $id, intoId: $intoId) {\n      ...TownHallQuestionFields\n    }\n  }\n": types.MergeTownHallQuestionDocument,
    "\n  mutation PublishTownHallQuestion($id: ID!) {\n    publishTownHallQuestion(id: $id) {\n      ...TownHallQuestionFields\n    }\n  }\n": types.PublishTownHallQuestionDocument,
    "\n  mutation RejectTownHallQuestion($id: ID!, $reason: TownHallRejectReason!, $note: String) {\n    rejectTownHallQuestion(id: $id, reason: $reason, note: $note) {\n      ...TownHallQuestionFields\n    }\n  }\n": types.RejectTownHallQuestionDocument,
    "\n  mutation SetTownHallState($id: ID!, $state: TownHallState!) {\n    setTownHallState(id: $id, state: $state) {\n      ...TownHallFields\n    }\n  }\n": types.SetTownHallStateDocument,
    "\n  query SimilarTownHallQuestions($townHallId: ID!, $text: String!) {\n    similarTownHallQuestions(townHallId: $townHallId, text: $text) {\n      ...TownHallQuestionFields\n    }\n  }\n": types.SimilarTownHallQuestionsDocument,
    "\n  query TownHallCsv($id: ID!) {\n    townHallCsv(id: $id)\n  }\n": types.TownHallCsvDocument,
    "\n  subscription TownHallEvents($townHallId: ID!) {\n    townHallEvents(townHallId: $townHallId) {\n      kind\n      townHallId\n      questionId\n      voteCount\n    }\n  }\n": types.TownHallEventsDocument,
    "\n  query TownHallFollowUps($id: ID!, $first: Int! = 50, $after: String) {\n    townHall(id: $id) {\n      id\n      followUps(first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n": types.TownHallFollowUpsDocument,
    "\n  query TownHallHostingOptions($search: String) {\n    townHallHostingOptions(search: $search) {\n      forOrganisation\n      groups {\n        id\n        name\n      }\n      moreGroups\n    }\n  }\n": types.TownHallHostingOptionsDocument,
    "\n  query TownHallModerationQueue($id: ID!, $first: Int! = 50, $after: String) {\n    townHall(id: $id) {\n      id\n      pendingCount\n      moderationQueue(first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n": types.TownHallModerationQueueDocument,
    "\n  query TownHallPresenter($id: ID!, $waiting: Int!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      answering {\n        ...TownHallQuestionFields\n      }\n      questions(order: WAITING, first: $waiting) {\n        edges {\n          node {\n            ...TownHallQuestionFields\n          }\n        }\n      }\n    }\n  }\n": types.TownHallPresenterDocument,
    "\n  query TownHallQuestions($id: ID!, $order: TownHallQuestionOrder!, $first: Int!, $after: String) {\n    townHall(id: $id) {\n      id\n      questions(order: $order, first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n": types.TownHallQuestionsDocument,
    "\n  query TownHallSummary($id: ID!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      summary {\n        received\n        published\n        merged\n        rejected\n        rejectedByReason {\n          reason\n          count\n        }\n        answeredLive\n        answeredInWriting\n        deferredOpen\n        unanswered\n        withdrawn\n        medianSecondsToAnswer\n      }\n    }\n  }\n": types.TownHallSummaryDocument,
    "\n  query TownHall($id: ID!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      answering {\n        ...TownHallQuestionFields\n      }\n    }\n  }\n": types.TownHallDocument,
    "\n  query TownHalls($filter: TownHallListFilter, $after: String) {\n    townHalls(filter: $filter, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TownHallCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TownHallsDocument,
    "\n  mutation UpdateTownHall($input: UpdateTownHallInput!) {\n    updateTownHall(input: $input) {\n      ...TownHallFields\n    }\n  }\n": types.UpdateTownHallDocument,
    "\n  mutation VoteTownHallQuestion($id: ID!, $up: Boolean!) {\n    voteTownHallQuestion(id: $id, up: $up) {\n      __typename\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n": types.VoteTownHallQuestionDocument,
    "\n  mutation WithdrawTownHallQuestion($id: ID!) {\n    withdrawTownHallQuestion(id: $id) {\n      ...TownHallQuestionFields\n    }\n  }\n": types.WithdrawTownHallQuestionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    createdAt\n    editedAt\n    isAcceptedAnswer\n    replyCount\n    author {\n      id\n      displayName\n      avatarUrl\n      initials\n    }\n    reactions {\n      total\n      mine\n      recentNames\n      counts {\n        kind\n        count\n      }\n    }\n    viewerPermissions {\n      canEdit\n      canDelete\n      canReply\n      canReact\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    createdAt\n    editedAt\n    isAcceptedAnswer\n    replyCount\n    author {\n      id\n      displayName\n      avatarUrl\n      initials\n    }\n    reactions {\n      total\n      mine\n      recentNames\n      counts {\n        kind\n        count\n      }\n    }\n    viewerPermissions {\n      canEdit\n      canDelete\n      canReply\n      canReact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard on Post {\n    id\n    kind\n    status\n    body\n    hashtags\n    createdAt\n    publishedAt\n    editedAt\n    pinned\n    needsAcknowledgement\n    acknowledgeUntil\n    rejectionReason\n    author {\n      id\n      displayName\n      avatarUrl\n      initials\n      title\n    }\n    group {\n      id\n      name\n      slug\n      visibility\n    }\n    commentCount\n    seenCount\n    seenByMe\n    acknowledgedByMe\n    reactions {\n      total\n      mine\n      recentNames\n      counts {\n        kind\n        count\n      }\n    }\n    latestComments {\n      ...CommentFields\n    }\n    acceptedAnswer {\n      ...CommentFields\n    }\n    poll {\n      multipleChoice\n      anonymous\n      closed\n      closesAt\n      resultsVisible\n      resultsVisibility\n      voted\n      voterCount\n      options {\n        id\n        label\n        voteCount\n        mine\n      }\n    }\n    viewerPermissions {\n      canEdit\n      canDelete\n      canPin\n      canComment\n      canReact\n      canAcknowledge\n      canAcceptAnswer\n      canSeeSeenBy\n      canModerate\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard on Post {\n    id\n    kind\n    status\n    body\n    hashtags\n    createdAt\n    publishedAt\n    editedAt\n    pinned\n    needsAcknowledgement\n    acknowledgeUntil\n    rejectionReason\n    author {\n      id\n      displayName\n      avatarUrl\n      initials\n      title\n    }\n    group {\n      id\n      name\n      slug\n      visibility\n    }\n    commentCount\n    seenCount\n    seenByMe\n    acknowledgedByMe\n    reactions {\n      total\n      mine\n      recentNames\n      counts {\n        kind\n        count\n      }\n    }\n    latestComments {\n      ...CommentFields\n    }\n    acceptedAnswer {\n      ...CommentFields\n    }\n    poll {\n      multipleChoice\n      anonymous\n      closed\n      closesAt\n      resultsVisible\n      resultsVisibility\n      voted\n      voterCount\n      options {\n        id\n        label\n        voteCount\n        mine\n      }\n    }\n    viewerPermissions {\n      canEdit\n      canDelete\n      canPin\n      canComment\n      canReact\n      canAcknowledge\n      canAcceptAnswer\n      canSeeSeenBy\n      canModerate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment FeedPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyPage on CommentConnection {\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment ReplyPage on CommentConnection {\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedEventFields on FeedEvent {\n    kind\n    groupId\n    postId\n    commentId\n    actorId\n    reactions {\n      total\n      counts {\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeedEventFields on FeedEvent {\n    kind\n    groupId\n    postId\n    commentId\n    actorId\n    reactions {\n      total\n      counts {\n        kind\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgePost($input: PostIdInput!) {\n    acknowledgePost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgePost($input: PostIdInput!) {\n    acknowledgePost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcknowledgementPeople($id: ID!, $acknowledged: Boolean!, $after: String) {\n    post(id: $id) {\n      id\n      acknowledgements {\n        acknowledged(first: 50, after: $after) @include(if: $acknowledged) {\n          ...PeopleByName\n        }\n        pending(first: 50, after: $after) @skip(if: $acknowledged) {\n          ...PeopleByName\n        }\n      }\n    }\n  }\n\n  fragment PeopleByName on PersonByNameConnection {\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        avatarUrl\n        initials\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query AcknowledgementPeople($id: ID!, $acknowledged: Boolean!, $after: String) {\n    post(id: $id) {\n      id\n      acknowledgements {\n        acknowledged(first: 50, after: $after) @include(if: $acknowledged) {\n          ...PeopleByName\n        }\n        pending(first: 50, after: $after) @skip(if: $acknowledged) {\n          ...PeopleByName\n        }\n      }\n    }\n  }\n\n  fragment PeopleByName on PersonByNameConnection {\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        avatarUrl\n        initials\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePost($input: PostIdInput!) {\n    approvePost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePost($input: PostIdInput!) {\n    approvePost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentReplies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replyCount\n      replies(first: 50, after: $after) {\n        ...ReplyPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentReplies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replyCount\n      replies(first: 50, after: $after) {\n        ...ReplyPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comment($id: ID!) {\n    comment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  query Comment($id: ID!) {\n    comment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: CommentIdInput!) {\n    deleteComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: CommentIdInput!) {\n    deleteComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedHighlights($groupId: ID, $after: String) {\n    feedHighlights(groupId: $groupId, first: 10, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query FeedHighlights($groupId: ID, $after: String) {\n    feedHighlights(groupId: $groupId, first: 10, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GroupEvents($groupId: ID!) {\n    groupEvents(groupId: $groupId) {\n      ...FeedEventFields\n    }\n  }\n"): (typeof documents)["\n  subscription GroupEvents($groupId: ID!) {\n    groupEvents(groupId: $groupId) {\n      ...FeedEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupFeed($groupId: ID!, $after: String) {\n    groupFeed(groupId: $groupId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query GroupFeed($groupId: ID!, $after: String) {\n    groupFeed(groupId: $groupId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HashtagFeed($tag: String!, $after: String) {\n    hashtagFeed(tag: $tag, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query HashtagFeed($tag: String!, $after: String) {\n    hashtagFeed(tag: $tag, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HomeEvents {\n    homeEvents {\n      ...FeedEventFields\n    }\n  }\n"): (typeof documents)["\n  subscription HomeEvents {\n    homeEvents {\n      ...FeedEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPostsSeen($input: MarkPostsSeenInput!) {\n    markPostsSeen(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkPostsSeen($input: MarkPostsSeenInput!) {\n    markPostsSeen(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($groupId: ID!, $search: String!) {\n    mentionCandidates(groupId: $groupId, search: $search) {\n      id\n      displayName\n      avatarUrl\n      initials\n      title\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($groupId: ID!, $search: String!) {\n    mentionCandidates(groupId: $groupId, search: $search) {\n      id\n      displayName\n      avatarUrl\n      initials\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHeldPosts($groupId: ID!, $after: String) {\n    myHeldPosts(groupId: $groupId, first: 10, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query MyHeldPosts($groupId: ID!, $after: String) {\n    myHeldPosts(groupId: $groupId, first: 10, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPostingGroups {\n    groups(mine: true, first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerPermissions {\n            canPost\n          }\n          viewerRole\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPostingGroups {\n    groups(mine: true, first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerPermissions {\n            canPost\n          }\n          viewerRole\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonActivity($userId: ID!, $after: String) {\n    personActivity(userId: $userId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query PersonActivity($userId: ID!, $after: String) {\n    personActivity(userId: $userId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinPost($input: PostIdInput!) {\n    pinPost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation PinPost($input: PostIdInput!) {\n    pinPost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PollOptionVoters($optionId: ID!, $after: String) {\n    pollOptionVoters(optionId: $optionId, first: 50, after: $after) {\n      ...PeopleByName\n    }\n  }\n"): (typeof documents)["\n  query PollOptionVoters($optionId: ID!, $after: String) {\n    pollOptionVoters(optionId: $optionId, first: 50, after: $after) {\n      ...PeopleByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostQueue($groupId: ID!, $after: String) {\n    postQueue(groupId: $groupId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query PostQueue($groupId: ID!, $after: String) {\n    postQueue(groupId: $groupId, first: 20, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostRefresh($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  query PostRefresh($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostThread($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after, order: NEWEST_FIRST) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies(first: 20) {\n              ...ReplyPage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostThread($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after, order: NEWEST_FIRST) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies(first: 20) {\n              ...ReplyPage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToComment($input: ReactToCommentInput!) {\n    reactToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToComment($input: ReactToCommentInput!) {\n    reactToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToPost($input: ReactToPostInput!) {\n    reactToPost(input: $input) {\n      id\n      reactions {\n        total\n        mine\n        recentNames\n        counts {\n          kind\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToPost($input: ReactToPostInput!) {\n    reactToPost(input: $input) {\n      id\n      reactions {\n        total\n        mine\n        recentNames\n        counts {\n          kind\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPost($input: RejectPostInput!) {\n    rejectPost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation RejectPost($input: RejectPostInput!) {\n    rejectPost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCommentReaction($input: CommentIdInput!) {\n    removeCommentReaction(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCommentReaction($input: CommentIdInput!) {\n    removeCommentReaction(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePostReaction($input: PostIdInput!) {\n    removePostReaction(input: $input) {\n      id\n      reactions {\n        total\n        mine\n        recentNames\n        counts {\n          kind\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePostReaction($input: PostIdInput!) {\n    removePostReaction(input: $input) {\n      id\n      reactions {\n        total\n        mine\n        recentNames\n        counts {\n          kind\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeenBy($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      seenCount\n      seenBy(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            seenAt\n            user {\n              id\n              displayName\n              avatarUrl\n              initials\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      acknowledgements {\n        acknowledgedCount\n        pendingCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeenBy($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      seenCount\n      seenBy(first: 50, after: $after) {\n        edges {\n          cursor\n          node {\n            seenAt\n            user {\n              id\n              displayName\n              avatarUrl\n              initials\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      acknowledgements {\n        acknowledgedCount\n        pendingCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinPost($input: PostIdInput!) {\n    unpinPost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinPost($input: PostIdInput!) {\n    unpinPost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComment($input: UpdateCommentInput!) {\n    updateComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VotePoll($input: VotePollInput!) {\n    votePoll(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation VotePoll($input: VotePollInput!) {\n    votePoll(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestCard on Post {\n    id\n    body\n    reactions {\n      total\n      mine\n      counts {\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TestCard on Post {\n    id\n    body\n    reactions {\n      total\n      mine\n      counts {\n        kind\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveCommentRef on Comment {\n    id\n    postId\n    parentId\n  }\n"): (typeof documents)["\n  fragment LiveCommentRef on Comment {\n    id\n    postId\n    parentId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LivePostId on Post {\n    id\n  }\n"): (typeof documents)["\n  fragment LivePostId on Post {\n    id\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewCommentReplies on Comment {\n    replies(first: 20) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NewCommentReplies on Comment {\n    replies(first: 20) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeoplePicker($search: String) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeoplePicker($search: String) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      title\n      department\n      avatarUrl\n      initials\n      orgRole\n    }\n    organisation {\n      name\n      groupCreationPolicy\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      title\n      department\n      avatarUrl\n      initials\n      orgRole\n    }\n    organisation {\n      name\n      groupCreationPolicy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupCardFields on Group {\n    id\n    slug\n    name\n    description\n    category\n    visibility\n    coverColor\n    coverImageUrl\n    archived\n    memberCount\n    viewerStatus\n  }\n"): (typeof documents)["\n  fragment GroupCardFields on Group {\n    id\n    slug\n    name\n    description\n    category\n    visibility\n    coverColor\n    coverImageUrl\n    archived\n    memberCount\n    viewerStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptGroupInvitation($input: GroupInvitationIdInput!) {\n    acceptGroupInvitation(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptGroupInvitation($input: GroupInvitationIdInput!) {\n    acceptGroupInvitation(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveJoinRequest($input: JoinRequestIdInput!) {\n    approveJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveJoinRequest($input: JoinRequestIdInput!) {\n    approveJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($input: GroupIdInput!) {\n    archiveGroup(input: $input) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($input: GroupIdInput!) {\n    archiveGroup(input: $input) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BanMember($input: BanMemberInput!) {\n    banMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation BanMember($input: BanMemberInput!) {\n    banMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJoinRequest($input: GroupIdInput!) {\n    cancelJoinRequest(input: $input) {\n      id\n      viewerStatus\n    }\n  }\n"): (typeof documents)["\n  mutation CancelJoinRequest($input: GroupIdInput!) {\n    cancelJoinRequest(input: $input) {\n      id\n      viewerStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineGroupInvitation($input: GroupInvitationIdInput!) {\n    declineGroupInvitation(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineGroupInvitation($input: GroupInvitationIdInput!) {\n    declineGroupInvitation(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineJoinRequest($input: JoinRequestIdInput!) {\n    declineJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineJoinRequest($input: JoinRequestIdInput!) {\n    declineJoinRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupBans($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      bans(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            reason\n            createdAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupBans($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      bans(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            reason\n            createdAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupInvitations($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            createdAt\n            user {\n              id\n              displayName\n            }\n            invitedBy {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupInvitations($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      invitations(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            createdAt\n            user {\n              id\n              displayName\n            }\n            invitedBy {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupJoinRequests($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      joinRequests(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            createdAt\n            answers {\n              question\n              answer\n            }\n            user {\n              id\n              displayName\n              title\n              initials\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupJoinRequests($id: ID!, $after: String) {\n    group(id: $id) {\n      id\n      joinRequests(first: 50, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            createdAt\n            answers {\n              question\n              answer\n            }\n            user {\n              id\n              displayName\n              title\n              initials\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($id: ID!, $role: GroupRole, $after: String) {\n    group(id: $id) {\n      id\n      members(first: 20, role: $role, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              displayName\n              title\n              initials\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMembers($id: ID!, $role: GroupRole, $after: String) {\n    group(id: $id) {\n      id\n      members(first: 20, role: $role, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            role\n            user {\n              id\n              displayName\n              title\n              initials\n              avatarUrl\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GroupMembershipEvents($groupId: ID!) {\n    groupMembershipEvents(groupId: $groupId) {\n      change\n      groupId\n      userId\n    }\n  }\n"): (typeof documents)["\n  subscription GroupMembershipEvents($groupId: ID!) {\n    groupMembershipEvents(groupId: $groupId) {\n      change\n      groupId\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($slug: String!) {\n    group(slug: $slug) {\n      ...GroupCardFields\n      createdAt\n      archivedAt\n      postingPolicy\n      postApproval\n      membershipQuestions\n      viewerRole\n      viewerPermissions {\n        canEdit\n        canManageMembers\n        canChangeRoles\n        canInvite\n        canArchive\n        canPost\n        canSeeContent\n      }\n    }\n  }\n"): (typeof documents)["\n  query Group($slug: String!) {\n    group(slug: $slug) {\n      ...GroupCardFields\n      createdAt\n      archivedAt\n      postingPolicy\n      postApproval\n      membershipQuestions\n      viewerRole\n      viewerPermissions {\n        canEdit\n        canManageMembers\n        canChangeRoles\n        canInvite\n        canArchive\n        canPost\n        canSeeContent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($search: String, $category: GroupCategory, $after: String, $mine: Boolean) {\n    groups(search: $search, category: $category, after: $after, first: 18, mine: $mine) {\n      totalCount\n      edges {\n        node {\n          ...GroupCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($search: String, $category: GroupCategory, $after: String, $mine: Boolean) {\n    groups(search: $search, category: $category, after: $after, first: 18, mine: $mine) {\n      totalCount\n      edges {\n        node {\n          ...GroupCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToGroup($input: InviteToGroupInput!) {\n    inviteToGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToGroup($input: InviteToGroupInput!) {\n    inviteToGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($input: GroupIdInput!) {\n    joinGroup(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($input: GroupIdInput!) {\n    joinGroup(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($input: GroupIdInput!) {\n    leaveGroup(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($input: GroupIdInput!) {\n    leaveGroup(input: $input) {\n      id\n      viewerStatus\n      viewerRole\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroupInvitations($after: String) {\n    myGroupInvitations(first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          invitedBy {\n            id\n            displayName\n          }\n          group {\n            ...GroupCardFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroupInvitations($after: String) {\n    myGroupInvitations(first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          invitedBy {\n            id\n            displayName\n          }\n          group {\n            ...GroupCardFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroups($after: String) {\n    groups(mine: true, first: 48, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GroupCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroups($after: String) {\n    groups(mine: true, first: 48, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...GroupCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJoinRequests($after: String) {\n    myJoinRequests(first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          group {\n            id\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyJoinRequests($after: String) {\n    myJoinRequests(first: 20, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          group {\n            id\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: GroupMemberInput!) {\n    removeMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: GroupMemberInput!) {\n    removeMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoin($input: RequestToJoinGroupInput!) {\n    requestToJoinGroup(input: $input) {\n      id\n      status\n      group {\n        id\n        viewerStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoin($input: RequestToJoinGroupInput!) {\n    requestToJoinGroup(input: $input) {\n      id\n      status\n      group {\n        id\n        viewerStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeGroupInvitation($input: GroupInvitationIdInput!) {\n    revokeGroupInvitation(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeGroupInvitation($input: GroupInvitationIdInput!) {\n    revokeGroupInvitation(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferOwnership($input: GroupMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  mutation TransferOwnership($input: GroupMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveGroup($input: GroupIdInput!) {\n    unarchiveGroup(input: $input) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveGroup($input: GroupIdInput!) {\n    unarchiveGroup(input: $input) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbanMember($input: GroupMemberInput!) {\n    unbanMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnbanMember($input: GroupMemberInput!) {\n    unbanMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupCardFields\n      postingPolicy\n      postApproval\n      membershipQuestions\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupCardFields\n      postingPolicy\n      postApproval\n      membershipQuestions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptOrgInvitationInput!) {\n    acceptOrgInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptOrgInvitationInput!) {\n    acceptOrgInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople($search: String, $after: String) {\n    users(search: $search, first: 25, after: $after, includeInactive: true) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          title\n          orgRole\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeople($search: String, $after: String) {\n    users(search: $search, first: 25, after: $after, includeInactive: true) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          title\n          orgRole\n          active\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($after: String) {\n    auditLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          action\n          groupId\n          groupName\n          targetUserId\n          details\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($after: String) {\n    auditLog(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          action\n          groupId\n          groupName\n          targetUserId\n          details\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackgroundJobStats {\n    backgroundJobStats {\n      due\n      scheduled\n      retrying\n      failed\n      oldestDueSeconds\n      maxAttempts\n    }\n  }\n"): (typeof documents)["\n  query BackgroundJobStats {\n    backgroundJobStats {\n      due\n      scheduled\n      retrying\n      failed\n      oldestDueSeconds\n      maxAttempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOrgRole($input: ChangeOrgRoleInput!) {\n    changeOrgRole(input: $input) {\n      id\n      orgRole\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOrgRole($input: ChangeOrgRoleInput!) {\n    changeOrgRole(input: $input) {\n      id\n      orgRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardBackgroundJob($id: ID!) {\n    discardBackgroundJob(id: $id)\n  }\n"): (typeof documents)["\n  mutation DiscardBackgroundJob($id: ID!) {\n    discardBackgroundJob(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedBackgroundJobs($after: String) {\n    failedBackgroundJobs(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          payload\n          attempts\n          lastError\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FailedBackgroundJobs($after: String) {\n    failedBackgroundJobs(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          payload\n          attempts\n          lastError\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPeople($search: String!) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindPeople($search: String!) {\n    users(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    orgInvitation(token: $token) {\n      email\n      displayName\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    orgInvitation(token: $token) {\n      email\n      displayName\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      orgRole\n      inviteUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      orgRole\n      inviteUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      displayName\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      displayName\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgInvitations($after: String) {\n    orgInvitations(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          orgRole\n          inviteUrl\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgInvitations($after: String) {\n    orgInvitations(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          orgRole\n          inviteUrl\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSettings {\n    organisation {\n      name\n      openSignUp\n      allowedEmailDomains\n      groupCreationPolicy\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSettings {\n    organisation {\n      name\n      openSignUp\n      allowedEmailDomains\n      groupCreationPolicy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String, $department: String, $after: String) {\n    users(search: $search, department: $department, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          title\n          department\n          location\n          avatarUrl\n          initials\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    organisation {\n      departments\n    }\n  }\n"): (typeof documents)["\n  query People($search: String, $department: String, $after: String) {\n    users(search: $search, department: $department, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          title\n          department\n          location\n          avatarUrl\n          initials\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    organisation {\n      departments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      orgRole\n      active\n      manager {\n        id\n        displayName\n        title\n      }\n      groups(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            name\n            visibility\n            coverColor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($id: ID!) {\n    user(id: $id) {\n      id\n      displayName\n      email\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      orgRole\n      active\n      manager {\n        id\n        displayName\n        title\n      }\n      groups(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            name\n            visibility\n            coverColor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryBackgroundJob($id: ID!) {\n    retryBackgroundJob(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RetryBackgroundJob($id: ID!) {\n    retryBackgroundJob(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOrgInvitation($input: RevokeOrgInvitationInput!) {\n    revokeOrgInvitation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeOrgInvitation($input: RevokeOrgInvitationInput!) {\n    revokeOrgInvitation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpAvailable {\n    signUpAvailable\n  }\n"): (typeof documents)["\n  query SignUpAvailable {\n    signUpAvailable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      name\n      openSignUp\n      allowedEmailDomains\n      groupCreationPolicy\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      name\n      openSignUp\n      allowedEmailDomains\n      groupCreationPolicy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      title\n      department\n      location\n      bio\n      avatarUrl\n      initials\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    summary\n    link\n    actors {\n      id\n      displayName\n    }\n    actorCount\n    eventCount\n    groupId\n    groupName\n    postId\n    commentId\n    detail\n    read\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    summary\n    link\n    actors {\n      id\n      displayName\n    }\n    actorCount\n    eventCount\n    groupId\n    groupName\n    postId\n    commentId\n    detail\n    read\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents {\n    notificationEvents {\n      change\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationEvents {\n    notificationEvents {\n      change\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      mutedKinds\n      groups {\n        groupId\n        groupName\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      mutedKinds\n      groups {\n        groupId\n        groupName\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String, $unreadOnly: Boolean! = false) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String, $unreadOnly: Boolean! = false) {\n    notifications(first: 20, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NotificationItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupNotificationLevel($groupId: ID!, $level: NotificationLevel!) {\n    setGroupNotificationLevel(groupId: $groupId, level: $level) {\n      groupId\n      groupName\n      level\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupNotificationLevel($groupId: ID!, $level: NotificationLevel!) {\n    setGroupNotificationLevel(groupId: $groupId, level: $level) {\n      groupId\n      groupName\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationKindMuted($kind: NotificationKind!, $muted: Boolean!) {\n    setNotificationKindMuted(kind: $kind, muted: $muted) {\n      mutedKinds\n      groups {\n        groupId\n        groupName\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationKindMuted($kind: NotificationKind!, $muted: Boolean!) {\n    setNotificationKindMuted(kind: $kind, muted: $muted) {\n      mutedKinds\n      groups {\n        groupId\n        groupName\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TownHallViewerFields on TownHallViewer {\n    canManage\n    canModerate\n    canHost\n    canAsk\n    canAskAnonymously\n    votesLeft\n  }\n"): (typeof documents)["\n  fragment TownHallViewerFields on TownHallViewer {\n    canManage\n    canModerate\n    canHost\n    canAsk\n    canAskAnonymously\n    votesLeft\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TownHallCardFields on TownHall {\n    id\n    title\n    description\n    state\n    startsAt\n    endsAt\n    publishedCount\n    audienceGroupId\n    audienceGroupName\n  }\n"): (typeof documents)["\n  fragment TownHallCardFields on TownHall {\n    id\n    title\n    description\n    state\n    startsAt\n    endsAt\n    publishedCount\n    audienceGroupId\n    audienceGroupName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TownHallFields on TownHall {\n    ...TownHallCardFields\n    allowAnonymous\n    preModerated\n    voteBudget\n    createdAt\n    hosts {\n      id\n      displayName\n    }\n    moderators {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    viewer {\n      ...TownHallViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment TownHallFields on TownHall {\n    ...TownHallCardFields\n    allowAnonymous\n    preModerated\n    voteBudget\n    createdAt\n    hosts {\n      id\n      displayName\n    }\n    moderators {\n      id\n      displayName\n    }\n    createdBy {\n      id\n      displayName\n    }\n    viewer {\n      ...TownHallViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TownHallQuestionFields on TownHallQuestion {\n    id\n    townHallId\n    body\n    anonymous\n    author {\n      id\n      displayName\n    }\n    status\n    answerState\n    answer\n    answeredAt\n    answeredBy {\n      id\n      displayName\n    }\n    deferredTo {\n      id\n      displayName\n    }\n    deferredUntil\n    voteCount\n    viewerHasVoted\n    isMine\n    rejectReason\n    rejectNote\n    mergedIntoId\n    editedByModerator\n    createdAt\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment TownHallQuestionFields on TownHallQuestion {\n    id\n    townHallId\n    body\n    anonymous\n    author {\n      id\n      displayName\n    }\n    status\n    answerState\n    answer\n    answeredAt\n    answeredBy {\n      id\n      displayName\n    }\n    deferredTo {\n      id\n      displayName\n    }\n    deferredUntil\n    voteCount\n    viewerHasVoted\n    isMine\n    rejectReason\n    rejectNote\n    mergedIntoId\n    editedByModerator\n    createdAt\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TownHallQuestionPage on TownHallQuestionConnection {\n    edges {\n      cursor\n      node {\n        ...TownHallQuestionFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment TownHallQuestionPage on TownHallQuestionConnection {\n    edges {\n      cursor\n      node {\n        ...TownHallQuestionFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerTownHallQuestion($input: AnswerTownHallQuestionInput!) {\n    answerTownHallQuestion(input: $input) {\n      ...TownHallQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerTownHallQuestion($input: AnswerTownHallQuestionInput!) {\n    answerTownHallQuestion(input: $input) {\n      ...TownHallQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskTownHallQuestion($townHallId: ID!, $body: String!, $anonymous: Boolean!) {\n    askTownHallQuestion(townHallId: $townHallId, body: $body, anonymous: $anonymous) {\n      ...TownHallQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskTownHallQuestion($townHallId: ID!, $body: String!, $anonymous: Boolean!) {\n    askTownHallQuestion(townHallId: $townHallId, body: $body, anonymous: $anonymous) {\n      ...TownHallQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTownHall($input: CreateTownHallInput!) {\n    createTownHall(input: $input) {\n      ...TownHallFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTownHall($input: CreateTownHallInput!) {\n    createTownHall(input: $input) {\n      ...TownHallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditTownHallQuestion($id: ID!, $body: String!) {\n    editTownHallQuestion(id: $id, body: $body) {\n      ...TownHallQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditTownHallQuestion($id: ID!, $body: String!) {\n    editTownHallQuestion(id: $id, body: $body) {\n      ...TownHallQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTownHallQuestion($id: ID!, $intoId: ID!) {\n    mergeTownHallQuestion(id: $id, intoId: $intoId) {\n      ...TownHallQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTownHallQuestion($id: ID!, $intoId: ID!) {\n    mergeTownHallQuestion(id: $id, intoId: $intoId) {\n      ...TownHallQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTownHallQuestion($id: ID!) {\n    publishTownHallQuestion(id: $id) {\n      ...TownHallQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishTownHallQuestion($id: ID!) {\n    publishTownHallQuestion(id: $id) {\n      ...TownHallQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTownHallQuestion($id: ID!, $reason: TownHallRejectReason!, $note: String) {\n    rejectTownHallQuestion(id: $id, reason: $reason, note: $note) {\n      ...TownHallQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectTownHallQuestion($id: ID!, $reason: TownHallRejectReason!, $note: String) {\n    rejectTownHallQuestion(id: $id, reason: $reason, note: $note) {\n      ...TownHallQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTownHallState($id: ID!, $state: TownHallState!) {\n    setTownHallState(id: $id, state: $state) {\n      ...TownHallFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTownHallState($id: ID!, $state: TownHallState!) {\n    setTownHallState(id: $id, state: $state) {\n      ...TownHallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarTownHallQuestions($townHallId: ID!, $text: String!) {\n    similarTownHallQuestions(townHallId: $townHallId, text: $text) {\n      ...TownHallQuestionFields\n    }\n  }\n"): (typeof documents)["\n  query SimilarTownHallQuestions($townHallId: ID!, $text: String!) {\n    similarTownHallQuestions(townHallId: $townHallId, text: $text) {\n      ...TownHallQuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHallCsv($id: ID!) {\n    townHallCsv(id: $id)\n  }\n"): (typeof documents)["\n  query TownHallCsv($id: ID!) {\n    townHallCsv(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TownHallEvents($townHallId: ID!) {\n    townHallEvents(townHallId: $townHallId) {\n      kind\n      townHallId\n      questionId\n      voteCount\n    }\n  }\n"): (typeof documents)["\n  subscription TownHallEvents($townHallId: ID!) {\n    townHallEvents(townHallId: $townHallId) {\n      kind\n      townHallId\n      questionId\n      voteCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHallFollowUps($id: ID!, $first: Int! = 50, $after: String) {\n    townHall(id: $id) {\n      id\n      followUps(first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TownHallFollowUps($id: ID!, $first: Int! = 50, $after: String) {\n    townHall(id: $id) {\n      id\n      followUps(first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHallHostingOptions($search: String) {\n    townHallHostingOptions(search: $search) {\n      forOrganisation\n      groups {\n        id\n        name\n      }\n      moreGroups\n    }\n  }\n"): (typeof documents)["\n  query TownHallHostingOptions($search: String) {\n    townHallHostingOptions(search: $search) {\n      forOrganisation\n      groups {\n        id\n        name\n      }\n      moreGroups\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHallModerationQueue($id: ID!, $first: Int! = 50, $after: String) {\n    townHall(id: $id) {\n      id\n      pendingCount\n      moderationQueue(first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TownHallModerationQueue($id: ID!, $first: Int! = 50, $after: String) {\n    townHall(id: $id) {\n      id\n      pendingCount\n      moderationQueue(first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHallPresenter($id: ID!, $waiting: Int!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      answering {\n        ...TownHallQuestionFields\n      }\n      questions(order: WAITING, first: $waiting) {\n        edges {\n          node {\n            ...TownHallQuestionFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TownHallPresenter($id: ID!, $waiting: Int!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      answering {\n        ...TownHallQuestionFields\n      }\n      questions(order: WAITING, first: $waiting) {\n        edges {\n          node {\n            ...TownHallQuestionFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHallQuestions($id: ID!, $order: TownHallQuestionOrder!, $first: Int!, $after: String) {\n    townHall(id: $id) {\n      id\n      questions(order: $order, first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query TownHallQuestions($id: ID!, $order: TownHallQuestionOrder!, $first: Int!, $after: String) {\n    townHall(id: $id) {\n      id\n      questions(order: $order, first: $first, after: $after) {\n        ...TownHallQuestionPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHallSummary($id: ID!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      summary {\n        received\n        published\n        merged\n        rejected\n        rejectedByReason {\n          reason\n          count\n        }\n        answeredLive\n        answeredInWriting\n        deferredOpen\n        unanswered\n        withdrawn\n        medianSecondsToAnswer\n      }\n    }\n  }\n"): (typeof documents)["\n  query TownHallSummary($id: ID!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      summary {\n        received\n        published\n        merged\n        rejected\n        rejectedByReason {\n          reason\n          count\n        }\n        answeredLive\n        answeredInWriting\n        deferredOpen\n        unanswered\n        withdrawn\n        medianSecondsToAnswer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHall($id: ID!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      answering {\n        ...TownHallQuestionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TownHall($id: ID!) {\n    townHall(id: $id) {\n      ...TownHallFields\n      answering {\n        ...TownHallQuestionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHalls($filter: TownHallListFilter, $after: String) {\n    townHalls(filter: $filter, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TownHallCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TownHalls($filter: TownHallListFilter, $after: String) {\n    townHalls(filter: $filter, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TownHallCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTownHall($input: UpdateTownHallInput!) {\n    updateTownHall(input: $input) {\n      ...TownHallFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTownHall($input: UpdateTownHallInput!) {\n    updateTownHall(input: $input) {\n      ...TownHallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteTownHallQuestion($id: ID!, $up: Boolean!) {\n    voteTownHallQuestion(id: $id, up: $up) {\n      __typename\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n"): (typeof documents)["\n  mutation VoteTownHallQuestion($id: ID!, $up: Boolean!) {\n    voteTownHallQuestion(id: $id, up: $up) {\n      __typename\n      id\n      voteCount\n      viewerHasVoted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTownHallQuestion($id: ID!) {\n    withdrawTownHallQuestion(id: $id) {\n      ...TownHallQuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawTownHallQuestion($id: ID!) {\n    withdrawTownHallQuestion(id: $id) {\n      ...TownHallQuestionFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;